package org.endpointatlas.ui.internal.app;

import org.eclipse.swt.graphics.Point;
import org.eclipse.ui.application.ActionBarAdvisor;
import org.eclipse.ui.application.IActionBarConfigurer;
import org.eclipse.ui.application.IWorkbenchWindowConfigurer;
import org.eclipse.ui.application.WorkbenchWindowAdvisor;
import org.endpointatlas.catalog.editor.CatalogEditors;
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
		configurer.setShowCoolBar(true);
		configurer.setShowPerspectiveBar(false);
		configurer.setShowStatusLine(true);
		configurer.setShowProgressIndicator(true);
	}

	@Override
	public void postWindowOpen() {
		if (System.getProperty(EndpointAtlasUi.SCREENSHOT_AND_EXIT_PROPERTY) != null) {
			// a screenshot shows the whole screen (Xvfb has no window manager to maximize it)
			org.eclipse.swt.widgets.Shell shell = getWindowConfigurer().getWindow().getShell();
			shell.setBounds(shell.getDisplay().getPrimaryMonitor().getClientArea());
		}
		StartupEditors.open(getWindowConfigurer().getWindow().getActivePage());
		// after the window: start-up time stays what it is; the first catalog opens as fast as the next
		CatalogEditors.prepare(1000);
		// only now: a close scheduled before the window opened would race with the workbench start-up
		ScheduledExit.fromSystemProperty(getWindowConfigurer().getWorkbenchConfigurer().getWorkbench());
	}
}
