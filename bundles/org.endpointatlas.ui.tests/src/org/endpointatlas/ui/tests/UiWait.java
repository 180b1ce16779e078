package org.endpointatlas.ui.tests;

import static org.junit.jupiter.api.Assertions.fail;

import java.time.Duration;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;

import org.eclipse.swt.widgets.Display;

/** Runs the event loop of the UI thread until a condition holds, or fails the test after a timeout. */
final class UiWait {

	static final Duration TIMEOUT = Duration.ofSeconds(30);

	private UiWait() {
	}

	/**
	 * @param state what the widgets show, for the failure message
	 */
	static void until(String what, BooleanSupplier condition, Supplier<String> state) {
		Display display = Display.getCurrent();
		if (display == null) {
			throw new IllegalStateException("UiWait must run on the UI thread");
		}
		long deadline = System.nanoTime() + TIMEOUT.toNanos();
		while (!condition.getAsBoolean()) {
			if (System.nanoTime() > deadline) {
				fail("Timed out after " + TIMEOUT.toSeconds() + " s waiting until " + what + "; the view shows: " + state.get());
			}
			if (!display.readAndDispatch()) {
				display.timerExec(50, () -> {
					// only wakes up sleep() so the condition is checked again
				});
				display.sleep();
			}
		}
	}

	/** Dispatches what is already queued, e.g. after a selection. */
	static void flush() {
		Display display = Display.getCurrent();
		while (display.readAndDispatch()) {
			// keep dispatching
		}
	}
}
