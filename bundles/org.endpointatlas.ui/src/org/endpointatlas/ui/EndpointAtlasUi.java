package org.endpointatlas.ui;

/**
 * The ids under which the workbench contributes its application, product, perspective and views, for launch scripts,
 * other bundles and UI tests.
 */
public final class EndpointAtlasUi {

	public static final String APPLICATION_ID = "org.endpointatlas.ui.workbench";
	public static final String PRODUCT_ID = "org.endpointatlas.ui.product";
	public static final String PERSPECTIVE_ID = "org.endpointatlas.ui.perspective";
	public static final String AREAS_VIEW_ID = "org.endpointatlas.ui.views.areas";
	public static final String WINDOW_TITLE = "Endpoint Atlas";

	/**
	 * System property for unattended runs (scripts that take a screenshot under Xvfb): close the workbench this many
	 * seconds after its first window opened.
	 */
	public static final String SCREENSHOT_AND_EXIT_PROPERTY = "endpointatlas.ui.screenshotAndExit";

	/** Key of the SWT widget data that names widgets for UI tests (like SWTBot's widget key). */
	public static final String WIDGET_ID_KEY = "org.endpointatlas.ui.widgetId";
	/** Widget id of the Areas view's tree: contributing bundles, and their areas. */
	public static final String AREAS_TREE_WIDGET_ID = "areas.tree";
	/** Widget id of the Areas view's table: the endpoints of the selected areas. */
	public static final String ENDPOINTS_TABLE_WIDGET_ID = "areas.endpoints";
	/** Id of the Areas view's toolbar action that recomputes the catalog. */
	public static final String REFRESH_ACTION_ID = "org.endpointatlas.ui.views.areas.refresh";
	/** Id of the Areas view's toolbar toggle that shows retired areas and endpoints too. */
	public static final String SHOW_RETIRED_ACTION_ID = "org.endpointatlas.ui.views.areas.showRetired";

	private EndpointAtlasUi() {
	}
}
