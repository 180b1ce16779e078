package org.endpointatlas.ui.internal.app;

import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.IWorkbench;
import org.endpointatlas.ui.EndpointAtlasUi;

/**
 * Closes the workbench a given number of seconds after its window opened, when the system property
 * {@value EndpointAtlasUi#SCREENSHOT_AND_EXIT_PROPERTY} asks for it: unattended runs under Xvfb take their screenshot
 * in that time. Scripts still wrap the run in {@code timeout}.
 */
final class ScheduledExit {

	private ScheduledExit() {
	}

	static void fromSystemProperty(IWorkbench workbench) {
		String value = System.getProperty(EndpointAtlasUi.SCREENSHOT_AND_EXIT_PROPERTY);
		if (value == null || value.isBlank()) {
			return;
		}
		int seconds;
		try {
			seconds = Integer.parseInt(value.trim());
		} catch (NumberFormatException e) {
			System.err.println(EndpointAtlasUi.SCREENSHOT_AND_EXIT_PROPERTY + ": not a number of seconds: " + value);
			return;
		}
		Display display = workbench.getDisplay();
		System.out.println("Endpoint Atlas window open; closing in " + seconds + " s");
		display.timerExec(Math.max(0, seconds) * 1000, () -> {
			if (!display.isDisposed() && !workbench.isClosing()) {
				workbench.close();
			}
		});
	}
}
