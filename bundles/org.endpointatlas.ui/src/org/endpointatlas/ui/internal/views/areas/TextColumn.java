package org.endpointatlas.ui.internal.views.areas;

import java.util.function.Function;

import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.jface.viewers.TreeViewerColumn;
import org.eclipse.swt.SWT;

/** Adds a text column whose label is a function of the row element. */
final class TextColumn {

	private TextColumn() {
	}

	static void add(TreeViewer viewer, String title, int width, Function<Object, String> text) {
		TreeViewerColumn column = new TreeViewerColumn(viewer, SWT.LEFT);
		column.getColumn().setText(title);
		column.getColumn().setWidth(width);
		column.setLabelProvider(labels(text));
	}

	static void add(TableViewer viewer, String title, int width, Function<Object, String> text) {
		TableViewerColumn column = new TableViewerColumn(viewer, SWT.LEFT);
		column.getColumn().setText(title);
		column.getColumn().setWidth(width);
		column.setLabelProvider(labels(text));
	}

	private static ColumnLabelProvider labels(Function<Object, String> text) {
		return new ColumnLabelProvider() {
			@Override
			public String getText(Object element) {
				String value = text.apply(element);
				return value == null ? "" : value;
			}
		};
	}
}
