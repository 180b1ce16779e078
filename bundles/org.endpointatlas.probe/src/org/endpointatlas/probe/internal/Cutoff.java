package org.endpointatlas.probe.internal;

import org.endpointatlas.probe.Outcome;
import org.endpointatlas.probe.ProbeResult;
import org.endpointatlas.probe.Stage;

/**
 * What ended a probe before its stages did: a deadline ({@link Outcome#DEADLINE_EXCEEDED}) or the stop of the run
 * ({@link Outcome#CANCELLED}), with the sentences that say so.
 */
final class Cutoff {

	/** The run was stopped: the thread running the engine was interrupted. */
	static final Cutoff STOP = new Cutoff(Outcome.CANCELLED, null);

	private final Outcome outcome;
	/** The deadline's name, e.g. "the run's deadline (1000 ms)"; {@code null} for a stop. */
	private final String deadline;

	private Cutoff(Outcome outcome, String deadline) {
		this.outcome = outcome;
		this.deadline = deadline;
	}

	/** A deadline, named for the detail: "the endpoint's deadline (N ms)" or "the run's deadline (N ms)". */
	static Cutoff deadline(String name) {
		return new Cutoff(Outcome.DEADLINE_EXCEEDED, name);
	}

	Outcome outcome() {
		return outcome;
	}

	/** The result of a task whose probe had not started. */
	ProbeResult beforeTurn(ProbeTask task, Engine.Context context) {
		return Attempt.base(task, context).outcome(outcome).stage(Stage.NONE).detail(beforeTurnDetail()).build();
	}

	/** The result of an attempt cut short in {@code stage}, {@code ms} after it started. */
	ProbeResult during(ProbeTask task, Engine.Context context, Stage stage, long ms) {
		return Attempt.base(task, context).outcome(outcome).stage(stage).totalMs(ms).detail(duringDetail(stage, ms)).build();
	}

	private String beforeTurnDetail() {
		return deadline == null ? ProbeResult.NOT_RUN_DETAIL : deadline + " passed before this endpoint's turn";
	}

	String duringDetail(Stage stage, long ms) {
		if (deadline != null) {
			return deadline + " passed during the " + stage.id() + " stage";
		}
		return stage == Stage.NONE ? ProbeResult.NOT_RUN_DETAIL : "stopped during the " + stage.id() + " stage, after " + ms + " ms";
	}
}
