package org.endpointatlas.catalog.editor.internal.overlay;

/** How an entry of the effective catalog relates to the overlay being edited. */
public enum RowKind {
	/** Brought in by an AddEndpoint or AddArea of this overlay. */
	ADDED("added"),
	/** Its pattern was replaced by this overlay. */
	REPLACED("replaced"),
	/** Patched (roles, constraints, status, dates) by this overlay. */
	PATCHED("patched"),
	/** Removed by this overlay, or no longer selected with it. */
	REMOVED("removed"),
	/** Marked "not documented for this cloud" by this overlay: left out of the allowlist. */
	NOT_DOCUMENTED("not documented"),
	/** A template with {placeholders}: resolved by parameters, or left out of exports while unresolved. */
	PARAMETERISED("parameterised"),
	/** As the catalog (and the cloud overlay) give it; this overlay does not touch it. */
	BASE("base");

	private final String label;

	RowKind(String label) {
		this.label = label;
	}

	public String label() {
		return label;
	}

	/** Whether the overlay changes the entry (what "only changes" shows). */
	public boolean isChange() {
		return this != BASE && this != PARAMETERISED;
	}
}
