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
		String probeArea = System.getProperty(EndpointAtlasUi.PROBE_ON_START_PROPERTY);
		if (probeArea != null) {
			probeOnStart(getWindowConfigurer().getWindow().getActivePage(), probeArea.trim(), 0);
		}
		// after the window: start-up time stays what it is; the first catalog opens as fast as the next
		CatalogEditors.prepare(1000);
		// only now: a close scheduled before the window opened would race with the workbench start-up
		ScheduledExit.fromSystemProperty(getWindowConfigurer().getWorkbenchConfigurer().getWorkbench());
	}

	/**
	 * Once the Areas view has its catalog (polled, for 30 s at most): selects the area {@code areaId} (none: keeps the
	 * selection), shows the Probe view and probes the selection.
	 */
	private static void probeOnStart(org.eclipse.ui.IWorkbenchPage page, String areaId, int attempt) {
		org.eclipse.ui.IViewPart part = page.findView(EndpointAtlasUi.AREAS_VIEW_ID);
		org.endpointatlas.ui.internal.views.areas.AreasView areas = part instanceof org.endpointatlas.ui.internal.views.areas.AreasView
				? (org.endpointatlas.ui.internal.views.areas.AreasView) part : null;
		boolean ready = areas != null && areas.getAllCatalog() != null && (areaId.isEmpty() || "true".equals(areaId) || areas.selectArea(areaId));
		if (!ready) {
			if (attempt < 300) {
				page.getWorkbenchWindow().getShell().getDisplay().timerExec(100, () -> probeOnStart(page, areaId, attempt + 1));
			} else {
				System.err.println("Probe on start: no area " + areaId + " in the Areas view");
			}
			return;
		}
		try {
			// the results get the room of the (empty) editor area
			if (page.getEditorReferences().length == 0) {
				page.setEditorAreaVisible(false);
			}
			org.endpointatlas.ui.internal.views.probe.ProbeView view = (org.endpointatlas.ui.internal.views.probe.ProbeView) page
					.showView(EndpointAtlasUi.PROBE_VIEW_ID);
			org.eclipse.core.runtime.jobs.Job job = view.probe(areas.getSelectedCatalog(), false);
			if (job != null) {
				org.eclipse.swt.widgets.Display display = page.getWorkbenchWindow().getShell().getDisplay();
				job.addJobChangeListener(new org.eclipse.core.runtime.jobs.JobChangeAdapter() {
					@Override
					public void done(org.eclipse.core.runtime.jobs.IJobChangeEvent event) {
						display.asyncExec(() -> {
							view.selectFirstProblem();
							System.out.println("Endpoint Atlas probe on start: " + view.getResults().size() + " results");
						});
					}
				});
			}
		} catch (org.eclipse.ui.PartInitException e) {
			System.err.println("Cannot open the Probe view: " + e.getMessage());
		}
	}
}
