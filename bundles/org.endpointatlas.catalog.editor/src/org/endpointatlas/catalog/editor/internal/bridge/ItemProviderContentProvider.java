package org.endpointatlas.catalog.editor.internal.bridge;

import java.util.Collection;

import org.eclipse.emf.common.notify.AdapterFactory;
import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.edit.provider.IChangeNotifier;
import org.eclipse.emf.edit.provider.INotifyChangedListener;
import org.eclipse.emf.edit.provider.IStructuredItemContentProvider;
import org.eclipse.emf.edit.provider.ITreeItemContentProvider;
import org.eclipse.emf.edit.provider.IViewerNotification;
import org.eclipse.jface.viewers.ITreeContentProvider;
import org.eclipse.jface.viewers.StructuredViewer;
import org.eclipse.jface.viewers.Viewer;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;

/**
 * Tree content from item providers, and viewer refreshes from their {@link IViewerNotification}s (a changed label
 * updates one item, a changed list refreshes its parent). Notifications from other threads are handed to the UI
 * thread.
 */
public class ItemProviderContentProvider implements ITreeContentProvider, INotifyChangedListener {

	private static final Object[] NONE = new Object[0];

	private final AdapterFactory adapterFactory;
	private StructuredViewer viewer;

	public ItemProviderContentProvider(AdapterFactory adapterFactory) {
		this.adapterFactory = adapterFactory;
		if (adapterFactory instanceof IChangeNotifier) {
			((IChangeNotifier) adapterFactory).addListener(this);
		}
	}

	@Override
	public Object[] getElements(Object input) {
		IStructuredItemContentProvider provider = adapt(input, IStructuredItemContentProvider.class);
		return provider == null ? NONE : toArray(provider.getElements(input));
	}

	@Override
	public Object[] getChildren(Object parent) {
		ITreeItemContentProvider provider = adapt(parent, ITreeItemContentProvider.class);
		return provider == null ? NONE : toArray(provider.getChildren(parent));
	}

	@Override
	public Object getParent(Object element) {
		ITreeItemContentProvider provider = adapt(element, ITreeItemContentProvider.class);
		return provider == null ? null : provider.getParent(element);
	}

	@Override
	public boolean hasChildren(Object element) {
		ITreeItemContentProvider provider = adapt(element, ITreeItemContentProvider.class);
		return provider != null && provider.hasChildren(element);
	}

	@Override
	public void inputChanged(Viewer newViewer, Object oldInput, Object newInput) {
		this.viewer = newViewer instanceof StructuredViewer ? (StructuredViewer) newViewer : null;
	}

	@Override
	public void notifyChanged(Notification notification) {
		StructuredViewer target = viewer;
		if (target == null || !(notification instanceof IViewerNotification)) {
			return;
		}
		Control control = target.getControl();
		if (control == null || control.isDisposed()) {
			return;
		}
		if (Display.getCurrent() == control.getDisplay()) {
			apply(target, (IViewerNotification) notification);
		} else {
			control.getDisplay().asyncExec(() -> {
				if (!control.isDisposed()) {
					apply(target, (IViewerNotification) notification);
				}
			});
		}
	}

	private static void apply(StructuredViewer target, IViewerNotification notification) {
		Object element = notification.getElement();
		if (notification.isContentRefresh()) {
			if (element == null) {
				target.refresh(notification.isLabelUpdate());
			} else {
				target.refresh(element, notification.isLabelUpdate());
			}
		} else if (notification.isLabelUpdate() && element != null) {
			target.update(element, null);
		}
	}

	@Override
	public void dispose() {
		if (adapterFactory instanceof IChangeNotifier) {
			((IChangeNotifier) adapterFactory).removeListener(this);
		}
		viewer = null;
	}

	private <T> T adapt(Object object, Class<T> type) {
		Object adapter = object == null ? null : adapterFactory.adapt(object, type);
		return type.isInstance(adapter) ? type.cast(adapter) : null;
	}

	private static Object[] toArray(Collection<?> elements) {
		return elements == null ? NONE : elements.toArray();
	}
}
