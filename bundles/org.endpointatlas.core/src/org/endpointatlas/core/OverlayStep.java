package org.endpointatlas.core;

import java.util.List;

import org.endpointatlas.catalog.model.Operation;
import org.endpointatlas.catalog.model.SourceRef;

/** One overlay operation that touched an entry: part of the entry's provenance chain. */
public final class OverlayStep {

	private final ContributedOverlay overlay;
	private final Operation operation;
	private final int line;
	private final String change;

	public OverlayStep(ContributedOverlay overlay, Operation operation, int line, String change) {
		this.overlay = overlay;
		this.operation = operation;
		this.line = line;
		this.change = change;
	}

	public ContributedOverlay getOverlay() {
		return overlay;
	}

	public Operation getOperation() {
		return operation;
	}

	/** {@code file:line} of the operation. */
	public String getLocation() {
		return overlay.getOrigin() + (line > 0 ? ":" + line : "");
	}

	/** What it did, e.g. {@code replaced management.azure.com with management.usgovcloudapi.net}. */
	public String getChange() {
		return change;
	}

	public String getDescription() {
		return operation.getDescription();
	}

	public List<SourceRef> getSources() {
		return operation.getSources();
	}

	@Override
	public String toString() {
		return getLocation() + ": " + change + (getDescription() == null ? "" : " (" + getDescription() + ")");
	}
}
