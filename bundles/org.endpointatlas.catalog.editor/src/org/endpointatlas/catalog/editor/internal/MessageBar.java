package org.endpointatlas.catalog.editor.internal;

import org.eclipse.jface.action.IAction;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.endpointatlas.catalog.editor.CatalogEditors;

/**
 * A line above an editor's content: an icon, a message and at most one button. The read-only banner of built-in
 * areas is one; save failures and changes on disk show in another, hidden while there is nothing to say.
 */
final class MessageBar {

	private final Composite bar;
	private final Label icon;
	private final Label text;

	MessageBar(Composite parent, String widgetId, int systemIcon, Color background) {
		bar = new Composite(parent, SWT.NONE);
		bar.setData(CatalogEditors.WIDGET_ID_KEY, widgetId);
		bar.setBackground(background);
		bar.setForeground(parent.getDisplay().getSystemColor(SWT.COLOR_BLACK));
		bar.setBackgroundMode(SWT.INHERIT_FORCE);
		GridLayoutFactory.swtDefaults().numColumns(3).margins(8, 4).applyTo(bar);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(bar);
		icon = new Label(bar, SWT.NONE);
		icon.setImage(parent.getDisplay().getSystemImage(systemIcon));
		text = new Label(bar, SWT.WRAP);
		text.setForeground(parent.getDisplay().getSystemColor(SWT.COLOR_BLACK));
		GridDataFactory.fillDefaults().grab(true, false).align(SWT.FILL, SWT.CENTER).hint(300, SWT.DEFAULT).applyTo(text);
	}

	/** Adds a button that runs {@code action} (enabled as long as the action is). */
	Button addButton(IAction action, String widgetId) {
		Button button = new Button(bar, SWT.PUSH);
		button.setText(action.getText().replace("&", ""));
		button.setToolTipText(action.getToolTipText());
		button.setData(CatalogEditors.WIDGET_ID_KEY, widgetId);
		button.addListener(SWT.Selection, e -> action.run());
		button.setEnabled(action.isEnabled());
		action.addPropertyChangeListener(event -> {
			if (IAction.ENABLED.equals(event.getProperty()) && !button.isDisposed()) {
				button.setEnabled(action.isEnabled());
			}
		});
		return button;
	}

	void setIcon(int systemIcon) {
		icon.setImage(bar.getDisplay().getSystemImage(systemIcon));
	}

	String getText() {
		return text.getText();
	}

	/** Shows the message; {@code null} hides the bar. */
	void show(String message) {
		boolean visible = message != null;
		text.setText(visible ? message : "");
		text.setToolTipText(visible ? message : null);
		((org.eclipse.swt.layout.GridData) bar.getLayoutData()).exclude = !visible;
		bar.setVisible(visible);
		bar.getParent().layout(true, true);
	}
}
