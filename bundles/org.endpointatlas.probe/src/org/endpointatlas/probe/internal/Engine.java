package org.endpointatlas.probe.internal;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReferenceArray;
import java.util.function.Predicate;

import org.endpointatlas.probe.Outcome;
import org.endpointatlas.probe.ProbeListener;
import org.endpointatlas.probe.ProbeOptions;
import org.endpointatlas.probe.ProbeResult;

/**
 * Runs the tasks of a plan: at most {@code concurrency} at once and at most {@link ProbeOptions#PER_HOST_CONNECTIONS}
 * per host, each with its own deadline enforced by a watchdog, and the whole run bounded by the run's deadline. When
 * that passes, or when the thread running the engine is interrupted (the run is stopped), the engine answers for the
 * unfinished endpoints itself ({@link Outcome#DEADLINE_EXCEEDED} or {@link Outcome#CANCELLED}) and returns at once;
 * it does not wait for threads (their sockets are closed under them).
 * <p>
 * Only the engine's own thread decides why the run ended, in one place, under the lock: a deadline when its wait timed
 * out, a stop when its wait was interrupted. It records the unfinished results before it cuts the attempts, so an
 * attempt that wakes up from its closed socket cannot answer first with a cause of its own.
 */
final class Engine {

	/** What every attempt of a run shares. */
	static final class Context {
		final ProbeOptions options;
		final Trust trust;
		final Dns dns;
		final String proxyAuthorization;
		final Predicate<String> inCatalog;

		Context(ProbeOptions options, Trust trust, Dns dns, String proxyAuthorization, Predicate<String> inCatalog) {
			this.options = options;
			this.trust = trust;
			this.dns = dns;
			this.proxyAuthorization = proxyAuthorization;
			this.inCatalog = inCatalog;
		}
	}

	/** The results in plan order, and whether the run's deadline cut the run short. */
	static final class Outcomes {
		final List<ProbeResult> results;
		final boolean deadlineReached;

		Outcomes(List<ProbeResult> results, boolean deadlineReached) {
			this.results = results;
			this.deadlineReached = deadlineReached;
		}
	}

	private static final AtomicInteger POOLS = new AtomicInteger();

	private final Context context;
	private final Object lock = new Object();
	private final Deque<ProbeTask> pending = new ArrayDeque<>();
	private final Map<String, Integer> perHost = new HashMap<>();
	/** Tasks handed to a worker that has not started their attempt yet. */
	private final Map<Integer, ProbeTask> handedOver = new HashMap<>();
	private final Map<Integer, Attempt> active = new HashMap<>();
	private final AtomicInteger done = new AtomicInteger();
	private AtomicReferenceArray<ProbeResult> results;
	private int running;
	private int finished;
	private boolean stopped;
	private int total;
	private long runDeadline;
	private ExecutorService workers;
	private ScheduledExecutorService watchdog;

	Engine(Context context) {
		this.context = context;
	}

	Outcomes run(Planner.Plan plan) {
		long start = System.nanoTime();
		total = plan.size();
		results = new AtomicReferenceArray<>(total);
		runDeadline = context.options.getDeadlineMs() > 0 ? start + TimeUnit.MILLISECONDS.toNanos(context.options.getDeadlineMs()) : Long.MAX_VALUE;
		for (int i = 0; i < total; i++) {
			if (plan.slots.get(i) instanceof ProbeResult) {
				record(i, (ProbeResult) plan.slots.get(i));
			}
		}
		boolean deadlineReached = false;
		if (!plan.tasks.isEmpty()) {
			int pool = POOLS.incrementAndGet();
			workers = Executors.newFixedThreadPool(Math.min(context.options.getConcurrency(), plan.tasks.size()), daemon("endpoint-atlas-probe-" + pool));
			ScheduledThreadPoolExecutor dog = new ScheduledThreadPoolExecutor(1, daemon("endpoint-atlas-probe-watchdog-" + pool));
			dog.setRemoveOnCancelPolicy(true);
			watchdog = dog;
			try {
				deadlineReached = runTasks(plan.tasks);
			} finally {
				workers.shutdownNow();
				watchdog.shutdownNow();
			}
		}
		List<ProbeResult> list = new ArrayList<>(total);
		for (int i = 0; i < total; i++) {
			list.add(results.get(i));
		}
		return new Outcomes(list, deadlineReached);
	}

	/** Runs the tasks; returns whether the run's deadline cut the run short. */
	private boolean runTasks(List<ProbeTask> tasks) {
		synchronized (lock) {
			pending.addAll(tasks);
			dispatch();
			Cutoff cutoff = awaitTasks(tasks.size());
			if (cutoff != null) {
				cutUnfinished(cutoff);
			}
			return cutoff != null && cutoff.outcome() == Outcome.DEADLINE_EXCEEDED;
		}
	}

	/**
	 * Waits until {@code count} tasks have finished; returns {@code null} then, or what ended the wait first: the run's
	 * deadline, or an interrupt (the run was stopped; the interrupt status stays set for the caller). Holds the lock.
	 */
	private Cutoff awaitTasks(int count) {
		while (finished < count) {
			long left = runDeadline - System.nanoTime();
			if (left <= 0) {
				return Cutoff.deadline(runDeadlineName());
			}
			try {
				TimeUnit.NANOSECONDS.timedWait(lock, left);
			} catch (InterruptedException e) {
				Thread.currentThread().interrupt();
				return Cutoff.STOP;
			}
		}
		return null;
	}

	/** Answers for every task that has not finished, then cuts the running attempts. Holds the lock. */
	private void cutUnfinished(Cutoff cutoff) {
		stopped = true;
		pending.forEach(task -> record(task.index, cutoff.beforeTurn(task, context)));
		pending.clear();
		handedOver.values().forEach(task -> record(task.index, cutoff.beforeTurn(task, context)));
		handedOver.clear();
		active.forEach((index, attempt) -> record(index, cutoff.during(attempt.task(), context, attempt.stage(), attempt.elapsedMs())));
		active.values().forEach(attempt -> attempt.cut(cutoff));
	}

	/** Whether a millisecond is left before the run's deadline: an attempt's timeouts are whole milliseconds. */
	private boolean runTimeLeft() {
		return TimeUnit.NANOSECONDS.toMillis(runDeadline - System.nanoTime()) > 0;
	}

	private String runDeadlineName() {
		return "the run's deadline (" + context.options.getDeadlineMs() + " ms)";
	}

	/**
	 * Starts pending tasks while there is room, skipping hosts that already have their connections, and none once the
	 * run's deadline has passed: the engine answers for those. Holds the lock.
	 */
	private void dispatch() {
		Iterator<ProbeTask> it = pending.iterator();
		while (!stopped && running < context.options.getConcurrency() && it.hasNext() && runTimeLeft()) {
			ProbeTask task = it.next();
			if (perHost.getOrDefault(task.host, 0) < ProbeOptions.PER_HOST_CONNECTIONS) {
				it.remove();
				running++;
				perHost.merge(task.host, 1, Integer::sum);
				handedOver.put(task.index, task);
				workers.execute(() -> probe(task));
			}
		}
	}

	private void probe(ProbeTask task) {
		long now = System.nanoTime();
		long budget = TimeUnit.MILLISECONDS.toNanos(context.options.getEndpointDeadlineMs());
		long deadline = Math.min(now + budget, runDeadline);
		String name = now + budget <= runDeadline ? "the endpoint's deadline (" + context.options.getEndpointDeadlineMs() + " ms)"
				: runDeadlineName();
		Attempt attempt = new Attempt(task, context, deadline, Cutoff.deadline(name));
		synchronized (lock) {
			if (stopped) {
				return;
			}
			handedOver.remove(task.index);
			active.put(task.index, attempt);
		}
		ScheduledFuture<?> alarm = watchdog.schedule(attempt::expire, Math.max(0, deadline - now), TimeUnit.NANOSECONDS);
		ProbeResult result = null;
		try {
			result = attempt.run();
		} finally {
			alarm.cancel(false);
			if (result != null) {
				record(task.index, result);
			}
			synchronized (lock) {
				active.remove(task.index);
				running--;
				perHost.merge(task.host, -1, Integer::sum);
				finished++;
				dispatch();
				lock.notifyAll();
			}
		}
	}

	private void record(int index, ProbeResult result) {
		if (results.compareAndSet(index, null, result)) {
			ProbeListener listener = context.options.getListener().orElse(null);
			int count = done.incrementAndGet();
			if (listener != null) {
				try {
					listener.finished(result, count, total);
				} catch (RuntimeException e) {
					// progress is best effort
				}
			}
		}
	}

	private static ThreadFactory daemon(String prefix) {
		AtomicInteger n = new AtomicInteger();
		return runnable -> {
			Thread thread = new Thread(runnable, prefix + "-" + n.incrementAndGet());
			thread.setDaemon(true);
			return thread;
		};
	}
}
