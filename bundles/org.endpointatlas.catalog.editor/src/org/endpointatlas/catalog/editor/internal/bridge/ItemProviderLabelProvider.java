package org.endpointatlas.catalog.editor.internal.bridge;

import org.eclipse.emf.common.notify.AdapterFactory;
import org.eclipse.emf.edit.provider.IItemLabelProvider;
import org.eclipse.jface.resource.ImageDescriptor;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.jface.resource.LocalResourceManager;
import org.eclipse.jface.resource.ResourceManager;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.swt.graphics.Image;

/**
 * Labels and icons from {@link IItemLabelProvider}s. Icons are created once per descriptor and disposed with the
 * provider.
 */
public class ItemProviderLabelProvider extends ColumnLabelProvider {

	private final AdapterFactory adapterFactory;
	private final ResourceManager images = new LocalResourceManager(JFaceResources.getResources());

	public ItemProviderLabelProvider(AdapterFactory adapterFactory) {
		this.adapterFactory = adapterFactory;
	}

	@Override
	public String getText(Object element) {
		IItemLabelProvider provider = labelProviderOf(element);
		String text = provider == null ? String.valueOf(element) : provider.getText(element);
		return text == null ? "" : text;
	}

	@Override
	public Image getImage(Object element) {
		IItemLabelProvider provider = labelProviderOf(element);
		return provider == null ? null : image(provider.getImage(element));
	}

	/** The descriptor of the element's icon, e.g. to decorate it. */
	public ImageDescriptor getImageDescriptor(Object element) {
		IItemLabelProvider provider = labelProviderOf(element);
		return provider == null ? null : EmfImages.descriptor(provider.getImage(element));
	}

	/** An SWT image for an item provider's image object (a URL, or a composed image of URLs). */
	public Image image(Object emfImage) {
		ImageDescriptor descriptor = EmfImages.descriptor(emfImage);
		return descriptor == null ? null : images.create(descriptor);
	}

	protected ResourceManager getResourceManager() {
		return images;
	}

	private IItemLabelProvider labelProviderOf(Object element) {
		Object adapter = element == null ? null : adapterFactory.adapt(element, IItemLabelProvider.class);
		return adapter instanceof IItemLabelProvider ? (IItemLabelProvider) adapter : null;
	}

	@Override
	public void dispose() {
		images.dispose();
		super.dispose();
	}
}
