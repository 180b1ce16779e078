package org.endpointatlas.catalog.editor.internal.bridge;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.eclipse.emf.ecore.EDataType;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.jface.viewers.ComboBoxCellEditor;
import org.eclipse.jface.viewers.TextCellEditor;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;

/** The cell editors of the Properties view, each converting between the widget's text and the model's values. */
final class ValueCellEditors {

	private ValueCellEditors() {
	}

	/** A single value typed as text and converted by its EMF data type; a value that does not convert is refused. */
	static final class DataTypeText extends TextCellEditor {

		private final EDataType type;
		private final Object defaultValue;

		DataTypeText(Composite parent, EDataType type, Object defaultValue) {
			super(parent);
			this.type = type;
			this.defaultValue = defaultValue;
			setValidator(value -> problem(String.valueOf(value)));
		}

		@Override
		protected void doSetValue(Object value) {
			super.doSetValue(value == null ? "" : EcoreUtil.convertToString(type, value));
		}

		@Override
		protected Object doGetValue() {
			return convert((String) super.doGetValue());
		}

		private Object convert(String text) {
			if (text.isEmpty()) {
				return type.getInstanceClass() != null && type.getInstanceClass().isPrimitive() ? defaultValue : null;
			}
			return EcoreUtil.createFromString(type, text.trim());
		}

		private String problem(String text) {
			try {
				convert(text);
				return null;
			} catch (RuntimeException e) {
				return "\"" + text + "\" is not a valid " + type.getName().replaceFirst("^E", "").toLowerCase();
			}
		}
	}

	/** Several values as one comma-separated text, each converted by the data type (enum literals, strings). */
	static final class ListText extends TextCellEditor {

		private final EDataType type;

		ListText(Composite parent, EDataType type) {
			super(parent);
			this.type = type;
			setValidator(value -> problem(String.valueOf(value)));
		}

		@Override
		protected void doSetValue(Object value) {
			String text = value instanceof Collection
					? ((Collection<?>) value).stream().map(v -> EcoreUtil.convertToString(type, v)).collect(Collectors.joining(", "))
					: "";
			super.doSetValue(text);
		}

		@Override
		protected Object doGetValue() {
			return convert((String) super.doGetValue());
		}

		private List<Object> convert(String text) {
			List<Object> values = new ArrayList<>();
			for (String part : text.split(",")) {
				String item = part.trim();
				if (!item.isEmpty()) {
					values.add(EcoreUtil.createFromString(type, item));
				}
			}
			return values;
		}

		private String problem(String text) {
			try {
				convert(text);
				return null;
			} catch (RuntimeException e) {
				return "\"" + text + "\": each comma-separated value must be a valid " + type.getName().replaceFirst("^E", "").toLowerCase();
			}
		}
	}

	/** A drop-down of a finite set of values (enum literals, booleans). */
	static final class Choice extends ComboBoxCellEditor {

		private final List<?> choices;

		Choice(Composite parent, List<?> choices, Function<Object, String> text) {
			super(parent, choices.stream().map(text).toArray(String[]::new), SWT.READ_ONLY);
			this.choices = choices;
		}

		@Override
		protected Object doGetValue() {
			int index = (Integer) super.doGetValue();
			return index >= 0 && index < choices.size() ? choices.get(index) : null;
		}

		@Override
		protected void doSetValue(Object value) {
			super.doSetValue(Math.max(0, choices.indexOf(value)));
		}
	}
}
