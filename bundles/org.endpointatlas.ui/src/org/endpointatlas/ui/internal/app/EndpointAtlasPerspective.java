package org.endpointatlas.ui.internal.app;

import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IPerspectiveFactory;
import org.endpointatlas.ui.EndpointAtlasUi;

/**
 * The Endpoint Atlas perspective: the Areas navigator on the left, the catalog and overlay editors in the middle, the
 * Properties view (which edits the selected object of an editor) below them.
 */
public class EndpointAtlasPerspective implements IPerspectiveFactory {

	@Override
	public void createInitialLayout(IPageLayout layout) {
		String editors = layout.getEditorArea();
		layout.setEditorAreaVisible(true);
		layout.addView(EndpointAtlasUi.AREAS_VIEW_ID, IPageLayout.LEFT, 0.38f, editors);
		// there is no Window > Show View menu to reopen it
		layout.getViewLayout(EndpointAtlasUi.AREAS_VIEW_ID).setCloseable(false);
		layout.addView(IPageLayout.ID_PROP_SHEET, IPageLayout.BOTTOM, 0.68f, editors);
	}
}
