package org.endpointatlas.ui.internal.app;

import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IPerspectiveFactory;
import org.endpointatlas.ui.EndpointAtlasUi;

/** The Endpoint Atlas perspective: the Areas view fills the window; there is no editor area yet. */
public class EndpointAtlasPerspective implements IPerspectiveFactory {

	@Override
	public void createInitialLayout(IPageLayout layout) {
		layout.setEditorAreaVisible(false);
		layout.addView(EndpointAtlasUi.AREAS_VIEW_ID, IPageLayout.LEFT, 1.0f, layout.getEditorArea());
		// there is no Window menu to reopen it yet
		layout.getViewLayout(EndpointAtlasUi.AREAS_VIEW_ID).setCloseable(false);
	}
}
