package org.endpointatlas.probe;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The results of one run, in catalog order, with when it ran and whether its deadline cut it short or it was stopped.
 */
public final class ProbeReport {

	private final List<ProbeResult> results;
	private final Instant started;
	private final long elapsedMs;
	private final boolean deadlineReached;
	private final String catalogVersion;

	public ProbeReport(List<ProbeResult> results, Instant started, long elapsedMs, boolean deadlineReached, String catalogVersion) {
		this.results = List.copyOf(results);
		this.started = started;
		this.elapsedMs = elapsedMs;
		// a result cut by the run deadline means the deadline was reached, even if the run finished on its own just then
		this.deadlineReached = deadlineReached || results.stream().anyMatch(r -> r.getOutcome() == Outcome.DEADLINE_EXCEEDED);
		this.catalogVersion = catalogVersion;
	}

	public List<ProbeResult> getResults() {
		return results;
	}

	public Instant getStarted() {
		return started;
	}

	public long getElapsedMs() {
		return elapsedMs;
	}

	/** Whether the run's deadline ended it before every endpoint had finished. */
	public boolean isDeadlineReached() {
		return deadlineReached;
	}

	public String getCatalogVersion() {
		return catalogVersion;
	}

	/** Whether any result fails the run (a required endpoint that is not OK; see {@link ProbeResult#isFailed()}). */
	public boolean isFailed() {
		return results.stream().anyMatch(ProbeResult::isFailed);
	}

	/** Whether the run was stopped before every endpoint's probe ended: some result is {@link Outcome#CANCELLED}. */
	public boolean isCancelled() {
		return results.stream().anyMatch(r -> r.getOutcome() == Outcome.CANCELLED);
	}

	/**
	 * 1 when {@link #isFailed()}, or when a required endpoint is {@link Outcome#CANCELLED}: a stopped run has no answer
	 * for it, so it is not a pass, as a required endpoint cut by the deadline is not; else 0.
	 */
	public int exitCode() {
		return isFailed() || isRequiredCancelled() ? 1 : 0;
	}

	private boolean isRequiredCancelled() {
		return results.stream().anyMatch(r -> r.isRequired() && r.getOutcome() == Outcome.CANCELLED);
	}

	/** How many results per outcome, in outcome order. */
	public Map<Outcome, Integer> countByOutcome() {
		Map<Outcome, Integer> counts = new TreeMap<>();
		results.forEach(r -> counts.merge(r.getOutcome(), 1, Integer::sum));
		return counts;
	}
}
