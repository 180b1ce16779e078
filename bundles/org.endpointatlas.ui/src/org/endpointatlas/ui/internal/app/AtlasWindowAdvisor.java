package org.endpointatlas.ui.internal.app;

import org.eclipse.swt.graphics.Point;
import org.eclipse.ui.application.ActionBarAdvisor;
import org.eclipse.ui.application.IActionBarConfigurer;
import org.eclipse.ui.application.IWorkbenchWindowConfigurer;
import org.eclipse.ui.application.WorkbenchWindowAdvisor;
import org.endpointatlas.ui.EndpointAtlasUi;

/** Shapes the workbench window: title, size and bars; after it opened, an unattended run may schedule its exit. */
class AtlasWindowAdvisor extends WorkbenchWindowAdvisor {

	AtlasWindowAdvisor(IWorkbenchWindowConfigurer configurer) {
		super(configurer);
	}

	@Override
	public ActionBarAdvisor createActionBarAdvisor(IActionBarConfigurer configurer) {
		return new AtlasActionBarAdvisor(configurer);
	}

	@Override
	public void preWindowOpen() {
		IWorkbenchWindowConfigurer configurer = getWindowConfigurer();
		configurer.setTitle(EndpointAtlasUi.WINDOW_TITLE);
		configurer.setInitialSize(new Point(1200, 760));
		configurer.setShowCoolBar(false);
		configurer.setShowPerspectiveBar(false);
		configurer.setShowStatusLine(true);
		configurer.setShowProgressIndicator(true);
	}

	@Override
	public void postWindowOpen() {
		// only now: a close scheduled before the window opened would race with the workbench start-up
		ScheduledExit.fromSystemProperty(getWindowConfigurer().getWorkbenchConfigurer().getWorkbench());
	}
}
