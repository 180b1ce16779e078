package org.endpointatlas.probe.internal;

import org.endpointatlas.probe.Outcome;
import org.endpointatlas.probe.Stage;

/** A stage ended the probe: the outcome, the stage and a sentence for the detail. */
final class StageFailure extends Exception {

	private static final long serialVersionUID = 1L;

	private final Outcome outcome;
	private final Stage stage;

	StageFailure(Outcome outcome, String detail) {
		this(outcome, outcome.getStage(), detail);
	}

	StageFailure(Outcome outcome, Stage stage, String detail) {
		super(detail, null, false, false);
		this.outcome = outcome;
		this.stage = stage;
	}

	Outcome outcome() {
		return outcome;
	}

	Stage stage() {
		return stage;
	}
}
