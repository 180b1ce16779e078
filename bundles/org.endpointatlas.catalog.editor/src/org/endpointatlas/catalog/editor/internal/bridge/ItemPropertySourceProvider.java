package org.endpointatlas.catalog.editor.internal.bridge;

import org.eclipse.emf.common.notify.AdapterFactory;
import org.eclipse.emf.edit.provider.IItemPropertySource;
import org.eclipse.ui.views.properties.IPropertySource;
import org.eclipse.ui.views.properties.IPropertySourceProvider;

/** Property sources for the Properties view from the {@link IItemPropertySource} of each object. */
public class ItemPropertySourceProvider implements IPropertySourceProvider {

	private final AdapterFactory adapterFactory;

	public ItemPropertySourceProvider(AdapterFactory adapterFactory) {
		this.adapterFactory = adapterFactory;
	}

	@Override
	public IPropertySource getPropertySource(Object object) {
		if (object instanceof IPropertySource) {
			return (IPropertySource) object;
		}
		Object adapter = object == null ? null : adapterFactory.adapt(object, IItemPropertySource.class);
		return adapter instanceof IItemPropertySource ? new ItemPropertySource(object, (IItemPropertySource) adapter) : null;
	}
}
