package org.endpointatlas.catalog.editor.internal;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.endpointatlas.catalog.editor.CatalogEditors;
import org.endpointatlas.core.io.CatalogLoadException;

/**
 * What an editor shows instead of the model when the file cannot be loaded (malformed XML, a DOCTYPE or entity, an
 * invalid host pattern): file, line and reason. Nothing is written to the file.
 */
final class ErrorPage {

	private ErrorPage() {
	}

	static Composite create(Composite parent, CatalogLoadException error) {
		Composite page = new Composite(parent, SWT.NONE);
		page.setData(CatalogEditors.WIDGET_ID_KEY, CatalogEditors.ERROR_PAGE_WIDGET_ID);
		GridLayoutFactory.swtDefaults().numColumns(2).margins(12, 12).spacing(8, 6).applyTo(page);

		Label icon = new Label(page, SWT.NONE);
		icon.setImage(parent.getDisplay().getSystemImage(SWT.ICON_ERROR));
		Label title = new Label(page, SWT.WRAP);
		title.setText("This file cannot be opened. It was not changed.");
		title.setFont(JFaceResources.getBannerFont());
		GridDataFactory.fillDefaults().grab(true, false).applyTo(title);

		field(page, "File:", error.getFile(), CatalogEditors.ERROR_FILE_WIDGET_ID);
		field(page, "Line:", error.getLine() > 0 ? String.valueOf(error.getLine()) : "unknown", CatalogEditors.ERROR_LINE_WIDGET_ID);
		String reason = error.getValue() == null || error.getValue().isEmpty() ? error.getReason() : error.getReason() + ": " + error.getValue();
		field(page, "Reason:", reason, CatalogEditors.ERROR_REASON_WIDGET_ID);

		Label hint = new Label(page, SWT.WRAP);
		hint.setText("Fix the file in a text editor (or run ./endpoint-atlas validate on it), then open it again. "
				+ "Catalog files may not contain a DOCTYPE or entities; such files are refused without resolving anything.");
		GridDataFactory.fillDefaults().span(2, 1).grab(true, false).hint(500, SWT.DEFAULT).applyTo(hint);
		return page;
	}

	private static void field(Composite page, String label, String value, String widgetId) {
		new Label(page, SWT.NONE).setText(label);
		Text text = new Text(page, SWT.READ_ONLY | SWT.WRAP);
		text.setText(value == null ? "" : value);
		text.setData(CatalogEditors.WIDGET_ID_KEY, widgetId);
		GridDataFactory.fillDefaults().grab(true, false).hint(500, SWT.DEFAULT).applyTo(text);
	}
}
