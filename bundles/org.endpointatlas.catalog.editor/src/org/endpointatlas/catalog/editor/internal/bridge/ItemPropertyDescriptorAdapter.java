package org.endpointatlas.catalog.editor.internal.bridge;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import org.eclipse.emf.ecore.EDataType;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.edit.provider.IItemLabelProvider;
import org.eclipse.emf.edit.provider.IItemPropertyDescriptor;
import org.eclipse.jface.viewers.CellEditor;
import org.eclipse.jface.viewers.ILabelProvider;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.ui.views.properties.IPropertyDescriptor;

/**
 * One property of one object for the Properties view. Its cell editor fits the feature: a drop-down for enums,
 * booleans and other finite choices, comma-separated text for lists of values, text (checked by the data type) for
 * the rest. Properties that cannot be set (read-only resources, derived features) get no editor at all.
 */
public class ItemPropertyDescriptorAdapter implements IPropertyDescriptor {

	private final Object object;
	private final IItemPropertyDescriptor descriptor;

	public ItemPropertyDescriptorAdapter(Object object, IItemPropertyDescriptor descriptor) {
		this.object = object;
		this.descriptor = descriptor;
	}

	@Override
	public CellEditor createPropertyEditor(Composite parent) {
		if (!descriptor.canSetProperty(object)) {
			return null;
		}
		Object feature = descriptor.getFeature(object);
		if (!(feature instanceof EStructuralFeature)) {
			return null;
		}
		EStructuralFeature structural = (EStructuralFeature) feature;
		if (!(structural.getEType() instanceof EDataType)) {
			// references: containment is edited in the tree, and this model has no other kind
			return null;
		}
		EDataType type = (EDataType) structural.getEType();
		if (structural.isMany()) {
			return new ValueCellEditors.ListText(parent, type);
		}
		Class<?> instanceClass = type.getInstanceClass();
		if (instanceClass == Boolean.class || instanceClass == boolean.class) {
			return new ValueCellEditors.Choice(parent, List.of(Boolean.FALSE, Boolean.TRUE), this::text);
		}
		Collection<?> choices = descriptor.getChoiceOfValues(object);
		if (choices != null && !choices.isEmpty()) {
			return new ValueCellEditors.Choice(parent, new ArrayList<>(choices), this::text);
		}
		return new ValueCellEditors.DataTypeText(parent, type, structural.getDefaultValue());
	}

	private String text(Object value) {
		IItemLabelProvider labels = descriptor.getLabelProvider(object);
		return labels == null ? String.valueOf(value) : labels.getText(value);
	}

	@Override
	public String getCategory() {
		return descriptor.getCategory(object);
	}

	@Override
	public String getDescription() {
		return descriptor.getDescription(object);
	}

	@Override
	public String getDisplayName() {
		return descriptor.getDisplayName(object);
	}

	@Override
	public String[] getFilterFlags() {
		return descriptor.getFilterFlags(object);
	}

	@Override
	public Object getHelpContextIds() {
		return null;
	}

	@Override
	public Object getId() {
		return descriptor.getId(object);
	}

	@Override
	public ILabelProvider getLabelProvider() {
		return new LabelProvider() {
			@Override
			public String getText(Object value) {
				return value == null ? "" : text(value);
			}
		};
	}

	@Override
	public boolean isCompatibleWith(IPropertyDescriptor other) {
		return false;
	}
}
