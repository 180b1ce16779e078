package org.endpointatlas.catalog.editor.internal;

import java.util.List;
import java.util.function.Consumer;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.ui.ISharedImages;
import org.eclipse.ui.PlatformUI;
import org.endpointatlas.catalog.editor.CatalogEditors;
import org.endpointatlas.core.lint.Problem;

/** The findings under an editor's tree, one per row as the command line prints them: {@code file:line: severity: message}. */
public final class ProblemsList {

	private final Composite area;
	private final Label header;
	private final TableViewer table;

	public ProblemsList(Composite parent, Consumer<Problem> open) {
		area = new Composite(parent, SWT.NONE);
		GridLayoutFactory.fillDefaults().margins(0, 2).spacing(0, 2).applyTo(area);
		header = new Label(area, SWT.NONE);
		header.setText("Problems: validating...");
		GridDataFactory.fillDefaults().grab(true, false).applyTo(header);
		table = new TableViewer(area, SWT.SINGLE | SWT.FULL_SELECTION | SWT.BORDER | SWT.VIRTUAL);
		table.getTable().setData(CatalogEditors.WIDGET_ID_KEY, CatalogEditors.PROBLEMS_WIDGET_ID);
		table.setUseHashlookup(true);
		table.setContentProvider(ArrayContentProvider.getInstance());
		TableViewerColumn column = new TableViewerColumn(table, SWT.LEFT);
		column.getColumn().setWidth(2000);
		column.setLabelProvider(new ColumnLabelProvider() {
			@Override
			public String getText(Object element) {
				return element.toString();
			}

			@Override
			public Image getImage(Object element) {
				boolean error = element instanceof Problem && ((Problem) element).isError();
				return PlatformUI.getWorkbench().getSharedImages()
						.getImage(error ? ISharedImages.IMG_OBJS_ERROR_TSK : ISharedImages.IMG_OBJS_WARN_TSK);
			}
		});
		table.addDoubleClickListener(event -> {
			Object selected = table.getStructuredSelection().getFirstElement();
			if (selected instanceof Problem) {
				open.accept((Problem) selected);
			}
		});
		GridDataFactory.fillDefaults().grab(true, true).applyTo(table.getControl());
	}

	public Composite getControl() {
		return area;
	}

	public TableViewer getViewer() {
		return table;
	}

	public void show(List<Problem> problems, String note) {
		long errors = problems.stream().filter(Problem::isError).count();
		long warnings = problems.size() - errors;
		header.setText("Problems: " + errors + (errors == 1 ? " error, " : " errors, ") + warnings + (warnings == 1 ? " warning" : " warnings")
				+ (note == null ? "" : "  (" + note + ")"));
		table.setInput(problems.toArray());
	}

	public void showStatus(String text) {
		header.setText(text);
	}
}
