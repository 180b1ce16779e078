package org.endpointatlas.catalog.editor.internal.bridge;

import java.util.List;

import org.eclipse.emf.edit.provider.IItemPropertyDescriptor;
import org.eclipse.emf.edit.provider.IItemPropertySource;
import org.eclipse.ui.views.properties.IPropertyDescriptor;
import org.eclipse.ui.views.properties.IPropertySource;

/**
 * One object's properties. Values are handed to the Properties view unwrapped (strings, numbers, enum literals,
 * lists); setting one goes through the item property descriptor, which executes a {@code SetCommand} on the object's
 * editing domain.
 */
public class ItemPropertySource implements IPropertySource {

	private final Object object;
	private final IItemPropertySource source;

	public ItemPropertySource(Object object, IItemPropertySource source) {
		this.object = object;
		this.source = source;
	}

	@Override
	public Object getEditableValue() {
		return source.getEditableValue(object);
	}

	@Override
	public IPropertyDescriptor[] getPropertyDescriptors() {
		List<IItemPropertyDescriptor> descriptors = source.getPropertyDescriptors(object);
		return descriptors.stream().map(d -> new ItemPropertyDescriptorAdapter(object, d)).toArray(IPropertyDescriptor[]::new);
	}

	@Override
	public Object getPropertyValue(Object id) {
		IItemPropertyDescriptor descriptor = descriptor(id);
		return descriptor == null ? null : unwrap(descriptor.getPropertyValue(object));
	}

	@Override
	public boolean isPropertySet(Object id) {
		IItemPropertyDescriptor descriptor = descriptor(id);
		return descriptor != null && descriptor.isPropertySet(object);
	}

	@Override
	public void resetPropertyValue(Object id) {
		IItemPropertyDescriptor descriptor = descriptor(id);
		if (descriptor != null && descriptor.canSetProperty(object)) {
			descriptor.resetPropertyValue(object);
		}
	}

	@Override
	public void setPropertyValue(Object id, Object value) {
		IItemPropertyDescriptor descriptor = descriptor(id);
		if (descriptor != null && descriptor.canSetProperty(object)) {
			descriptor.setPropertyValue(object, value);
		}
	}

	private IItemPropertyDescriptor descriptor(Object id) {
		return source.getPropertyDescriptor(object, id);
	}

	/** Item providers wrap values so that nested property sheets can show them; the view needs the value itself. */
	private Object unwrap(Object value) {
		return value instanceof IItemPropertySource ? ((IItemPropertySource) value).getEditableValue(object) : value;
	}
}
