package org.endpointatlas.ui.internal.app;

import org.eclipse.ui.IFolderLayout;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IPerspectiveFactory;
import org.endpointatlas.ui.EndpointAtlasUi;

/**
 * The Endpoint Atlas perspective: the Areas navigator on the left, the catalog and overlay editors in the middle, the
 * Properties view (which edits the selected object of an editor) and the Probe view below them.
 */
public class EndpointAtlasPerspective implements IPerspectiveFactory {

	@Override
	public void createInitialLayout(IPageLayout layout) {
		String editors = layout.getEditorArea();
		layout.setEditorAreaVisible(true);
		layout.addView(EndpointAtlasUi.AREAS_VIEW_ID, IPageLayout.LEFT, 0.38f, editors);
		// there is no Window > Show View menu to reopen it
		layout.getViewLayout(EndpointAtlasUi.AREAS_VIEW_ID).setCloseable(false);
		IFolderLayout bottom = layout.createFolder("org.endpointatlas.ui.bottom", IPageLayout.BOTTOM, 0.62f, editors);
		bottom.addView(IPageLayout.ID_PROP_SHEET);
		bottom.addView(EndpointAtlasUi.PROBE_VIEW_ID);
		layout.getViewLayout(EndpointAtlasUi.PROBE_VIEW_ID).setCloseable(false);
		// a probe's progress: the status line's progress indicator, and the Progress view where it exists (org.eclipse.ui.ide in an IDE)
		bottom.addPlaceholder(IPageLayout.ID_PROGRESS_VIEW);
	}
}
