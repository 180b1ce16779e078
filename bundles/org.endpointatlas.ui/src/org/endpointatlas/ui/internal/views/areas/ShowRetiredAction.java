package org.endpointatlas.ui.internal.views.areas;

import org.eclipse.jface.action.Action;
import org.eclipse.jface.action.IAction;
import org.endpointatlas.ui.EndpointAtlasUi;

/** Toggles whether retired areas and endpoints are shown (like {@code --include-retired} of the CLI). */
final class ShowRetiredAction extends Action {

	private final CatalogLoader loader;

	ShowRetiredAction(CatalogLoader loader) {
		super("Show Retired", IAction.AS_CHECK_BOX);
		this.loader = loader;
		setId(EndpointAtlasUi.SHOW_RETIRED_ACTION_ID);
		setToolTipText("Show retired areas and endpoints too");
	}

	@Override
	public void run() {
		loader.setIncludeRetired(isChecked());
	}
}
