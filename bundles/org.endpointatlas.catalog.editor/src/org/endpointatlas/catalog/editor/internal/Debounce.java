package org.endpointatlas.catalog.editor.internal;

import org.eclipse.swt.widgets.Display;

/**
 * Runs a task on the UI thread a delay after it is first requested. Requests while it is pending add nothing, so that
 * a burst of model changes (typing, a paste, undo of a compound command) costs one run.
 */
public final class Debounce {

	private final int delayMs;
	private final Runnable task;
	private boolean pending;

	public Debounce(int delayMs, Runnable task) {
		this.delayMs = delayMs;
		this.task = task;
	}

	/** Call on the UI thread. */
	public void request() {
		if (pending) {
			return;
		}
		pending = true;
		Display.getCurrent().timerExec(delayMs, () -> {
			pending = false;
			task.run();
		});
	}
}
