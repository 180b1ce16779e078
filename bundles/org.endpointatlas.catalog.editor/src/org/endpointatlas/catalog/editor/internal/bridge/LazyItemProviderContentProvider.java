package org.endpointatlas.catalog.editor.internal.bridge;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;

import org.eclipse.emf.common.notify.AdapterFactory;
import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.edit.provider.IChangeNotifier;
import org.eclipse.emf.edit.provider.INotifyChangedListener;
import org.eclipse.emf.edit.provider.ITreeItemContentProvider;
import org.eclipse.emf.edit.provider.IViewerNotification;
import org.eclipse.jface.viewers.ILazyTreeContentProvider;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.jface.viewers.Viewer;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;

/**
 * Tree content from item providers for a virtual ({@code SWT.VIRTUAL}) tree: only the rows that are shown are
 * created and labelled, so a catalog with ten thousand endpoints opens as fast as a small one. Children lists are
 * cached per parent and dropped when the parent's {@link IViewerNotification} says its content changed.
 */
public class LazyItemProviderContentProvider implements ILazyTreeContentProvider, INotifyChangedListener {

	private static final Object[] NONE = new Object[0];

	private final AdapterFactory adapterFactory;
	private final Map<Object, Object[]> children = new HashMap<>();
	private TreeViewer viewer;

	public LazyItemProviderContentProvider(AdapterFactory adapterFactory) {
		this.adapterFactory = adapterFactory;
		if (adapterFactory instanceof IChangeNotifier) {
			((IChangeNotifier) adapterFactory).addListener(this);
		}
	}

	@Override
	public void updateElement(Object parent, int index) {
		Object[] siblings = childrenOf(parent);
		if (viewer != null && index < siblings.length) {
			Object child = siblings[index];
			viewer.replace(parent, index, child);
			viewer.setHasChildren(child, childrenOf(child).length > 0);
		}
	}

	@Override
	public void updateChildCount(Object element, int currentChildCount) {
		int count = childrenOf(element).length;
		if (viewer != null && count != currentChildCount) {
			viewer.setChildCount(element, count);
		}
	}

	@Override
	public Object getParent(Object element) {
		ITreeItemContentProvider provider = treeProviderOf(element);
		return provider == null ? null : provider.getParent(element);
	}

	/** The children of an element, from its item provider, cached until a notification says they changed. */
	public Object[] childrenOf(Object parent) {
		Object[] cached = children.get(parent);
		if (cached == null) {
			ITreeItemContentProvider provider = treeProviderOf(parent);
			Collection<?> list = provider == null ? null : provider.getChildren(parent);
			cached = list == null ? NONE : list.toArray();
			children.put(parent, cached);
		}
		return cached;
	}

	private ITreeItemContentProvider treeProviderOf(Object element) {
		Object adapter = element == null ? null : adapterFactory.adapt(element, ITreeItemContentProvider.class);
		return adapter instanceof ITreeItemContentProvider ? (ITreeItemContentProvider) adapter : null;
	}

	@Override
	public void inputChanged(Viewer newViewer, Object oldInput, Object newInput) {
		children.clear();
		viewer = newViewer instanceof TreeViewer ? (TreeViewer) newViewer : null;
	}

	@Override
	public void notifyChanged(Notification notification) {
		TreeViewer target = viewer;
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

	private void apply(TreeViewer target, IViewerNotification notification) {
		Object element = notification.getElement();
		if (notification.isContentRefresh()) {
			if (element == null) {
				children.clear();
				target.refresh(notification.isLabelUpdate());
			} else {
				children.remove(element);
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
		children.clear();
		viewer = null;
	}
}
