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
	public static final String PROBE_VIEW_ID = "org.endpointatlas.ui.views.probe";
	public static final String WINDOW_TITLE = "Endpoint Atlas";

	/**
	 * System property for unattended runs (scripts that take a screenshot under Xvfb): close the workbench this many
	 * seconds after its first window opened.
	 */
	public static final String SCREENSHOT_AND_EXIT_PROPERTY = "endpointatlas.ui.screenshotAndExit";

	/**
	 * System property for scripts (screenshots, demos): files to open in the editors once the window is open, separated
	 * by commas; {@code FILE#PATTERN} also selects that endpoint (in an overlay, that row of the effective catalog);
	 * {@code builtin:BUNDLE/AREA} opens a built-in area.
	 */
	public static final String OPEN_PROPERTY = "endpointatlas.ui.open";

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

	/** Id of the File menu action that opens the export wizard. */
	public static final String EXPORT_ACTION_ID = "org.endpointatlas.ui.exportAllowlist";
	/** Widget ids of the export wizard: areas and roles (check tables), cloud, include retired, overlays, parameters. */
	public static final String EXPORT_AREAS_WIDGET_ID = "export.areas";
	public static final String EXPORT_ROLES_WIDGET_ID = "export.roles";
	public static final String EXPORT_CLOUD_WIDGET_ID = "export.cloud";
	public static final String EXPORT_RETIRED_WIDGET_ID = "export.includeRetired";
	public static final String EXPORT_OVERLAYS_WIDGET_ID = "export.overlays";
	/** Prefix of the parameter fields: {@code export.param.NAME}. */
	public static final String EXPORT_PARAM_WIDGET_ID_PREFIX = "export.param.";
	public static final String EXPORT_FORMATS_WIDGET_ID = "export.formats";
	public static final String EXPORT_HEADER_WIDGET_ID = "export.header";
	public static final String EXPORT_PREVIEW_WIDGET_ID = "export.preview";
	public static final String EXPORT_FILE_WIDGET_ID = "export.file";
	public static final String EXPORT_COMMAND_WIDGET_ID = "export.commandLine";
	/** Widget ids of the Probe view: the results table, the evidence pane, the status line and the two filters. */
	public static final String PROBE_TABLE_WIDGET_ID = "probe.results";
	public static final String PROBE_DETAILS_WIDGET_ID = "probe.details";
	public static final String PROBE_STATUS_WIDGET_ID = "probe.status";
	public static final String PROBE_OUTCOME_FILTER_WIDGET_ID = "probe.filter.outcome";
	public static final String PROBE_AREA_FILTER_WIDGET_ID = "probe.filter.area";
	/** Ids of the Probe view's toolbar actions: probe the Areas view's selection, re-run the selected rows. */
	public static final String PROBE_RUN_ACTION_ID = "org.endpointatlas.ui.views.probe.run";
	public static final String PROBE_RERUN_ACTION_ID = "org.endpointatlas.ui.views.probe.rerun";
	/**
	 * System property for scripts (screenshots, demos): once the window is open, select the area with this id in the
	 * Areas view ({@code true}: keep the selection), show the Probe view and probe the selection with the preferences'
	 * options.
	 */
	public static final String PROBE_ON_START_PROPERTY = "endpointatlas.ui.probeOnStart";
	/** Id of the preference page with the probe's network settings. */
	public static final String PREFERENCE_PAGE_ID = "org.endpointatlas.ui.preferences.probe";

	private EndpointAtlasUi() {
	}
}
