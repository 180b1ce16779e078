package org.endpointatlas.ui.internal.views.areas;

import org.eclipse.jface.action.Action;
import org.endpointatlas.ui.EndpointAtlasUi;

/** Recomputes the areas, for example after an area bundle was stopped or started. */
final class RefreshAction extends Action {

	private final CatalogLoader loader;

	RefreshAction(CatalogLoader loader) {
		super("Refresh");
		this.loader = loader;
		setId(EndpointAtlasUi.REFRESH_ACTION_ID);
		setToolTipText("Recompute the areas from the started area bundles");
	}

	@Override
	public void run() {
		loader.refresh();
	}
}
