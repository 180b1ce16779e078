package org.endpointatlas.ui.internal.export;

import org.eclipse.swt.widgets.Control;
import org.endpointatlas.ui.EndpointAtlasUi;

/** Names widgets for UI tests. */
final class Widgets {

	private Widgets() {
	}

	static <T extends Control> T named(T control, String widgetId) {
		control.setData(EndpointAtlasUi.WIDGET_ID_KEY, widgetId);
		return control;
	}
}
