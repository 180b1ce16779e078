package org.endpointatlas.catalog.editor.internal;

import org.eclipse.ui.IActionBars;
import org.eclipse.ui.actions.ActionFactory;
import org.eclipse.ui.views.properties.PropertySheetPage;

/** The Properties view page of an editor: while the Properties view is active, Undo and Redo still reach the editor's stack. */
final class ItemPropertySheetPage extends PropertySheetPage {

	private final CommandStackActions actions;

	ItemPropertySheetPage(CommandStackActions actions) {
		this.actions = actions;
	}

	@Override
	public void setActionBars(IActionBars actionBars) {
		super.setActionBars(actionBars);
		actionBars.setGlobalActionHandler(ActionFactory.UNDO.getId(), actions.getUndo());
		actionBars.setGlobalActionHandler(ActionFactory.REDO.getId(), actions.getRedo());
	}
}
