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
import org.endpointatlas.probe.Stage;

/**
 * Runs the tasks of a plan: at most {@code concurrency} at once and at most {@link ProbeOptions#PER_HOST_CONNECTIONS}
 * per host, each with its own deadline enforced by a watchdog, and the whole run bounded by the run's deadline. When
 * that passes, the engine answers for the unfinished endpoints itself and returns at once; it does not wait for
 * threads (their sockets are closed under them).
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

	private boolean runTasks(List<ProbeTask> tasks) {
		synchronized (lock) {
			pending.addAll(tasks);
			dispatch();
			while (finished < tasks.size()) {
				long left = runDeadline - System.nanoTime();
				if (left <= 0) {
					break;
				}
				try {
					TimeUnit.NANOSECONDS.timedWait(lock, left);
				} catch (InterruptedException e) {
					Thread.currentThread().interrupt();
					break;
				}
			}
			if (finished >= tasks.size()) {
				return false;
			}
			stopped = true;
			for (ProbeTask task : pending) {
				record(task.index, Attempt.base(task, context).outcome(Outcome.DEADLINE_EXCEEDED).stage(Stage.NONE)
						.detail("the run's deadline (" + context.options.getDeadlineMs() + " ms) passed before this endpoint's turn").build());
			}
			pending.clear();
			for (Map.Entry<Integer, Attempt> entry : active.entrySet()) {
				Attempt attempt = entry.getValue();
				attempt.expire();
				record(entry.getKey(), Attempt.base(attempt.task(), context).outcome(Outcome.DEADLINE_EXCEEDED).stage(attempt.stage())
						.totalMs(attempt.elapsedMs()).detail("the run's deadline (" + context.options.getDeadlineMs() + " ms) passed during the "
								+ attempt.stage().id() + " stage")
						.build());
			}
			return true;
		}
	}

	/** Starts pending tasks while there is room, skipping hosts that already have their connections. Holds the lock. */
	private void dispatch() {
		Iterator<ProbeTask> it = pending.iterator();
		while (!stopped && running < context.options.getConcurrency() && it.hasNext()) {
			ProbeTask task = it.next();
			if (perHost.getOrDefault(task.host, 0) < ProbeOptions.PER_HOST_CONNECTIONS) {
				it.remove();
				running++;
				perHost.merge(task.host, 1, Integer::sum);
				workers.execute(() -> probe(task));
			}
		}
	}

	private void probe(ProbeTask task) {
		long now = System.nanoTime();
		long budget = TimeUnit.MILLISECONDS.toNanos(context.options.getEndpointDeadlineMs());
		long deadline = Math.min(now + budget, runDeadline);
		String name = now + budget <= runDeadline ? "the endpoint's deadline (" + context.options.getEndpointDeadlineMs() + " ms)"
				: "the run's deadline (" + context.options.getDeadlineMs() + " ms)";
		Attempt attempt = new Attempt(task, context, deadline, name);
		synchronized (lock) {
			if (stopped) {
				return;
			}
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
