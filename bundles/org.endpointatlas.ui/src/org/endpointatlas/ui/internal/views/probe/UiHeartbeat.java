package org.endpointatlas.ui.internal.views.probe;

import org.eclipse.swt.widgets.Display;

/**
 * A UI-thread heartbeat: while it runs, a {@link Display#timerExec} every {@value #TICK_MS} ms records the longest gap
 * between two ticks, which is the longest time the UI thread could not run its event loop (a stall). Only used on the
 * UI thread.
 */
public final class UiHeartbeat {

	/** The tick interval. */
	public static final int TICK_MS = 10;

	private final Display display;
	private final Runnable tick = this::tick;
	private boolean running;
	private long lastNanos;
	private long longestGapNanos;
	private int ticks;

	public UiHeartbeat(Display display) {
		this.display = display;
	}

	public void start() {
		running = true;
		lastNanos = System.nanoTime();
		longestGapNanos = 0;
		ticks = 0;
		display.timerExec(TICK_MS, tick);
	}

	public void stop() {
		if (running) {
			tick();
			running = false;
			display.timerExec(-1, tick);
		}
	}

	public boolean isRunning() {
		return running;
	}

	private void tick() {
		if (!running || display.isDisposed()) {
			return;
		}
		long now = System.nanoTime();
		longestGapNanos = Math.max(longestGapNanos, now - lastNanos);
		lastNanos = now;
		ticks++;
		display.timerExec(TICK_MS, tick);
	}

	/** The longest gap between two ticks so far, in ms; a gap of about {@value #TICK_MS} ms means no stall. */
	public long getLongestGapMs() {
		return longestGapNanos / 1_000_000L;
	}

	public int getTicks() {
		return ticks;
	}
}
