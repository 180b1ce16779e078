package org.endpointatlas.catalog.editor.internal.overlay;

import java.util.List;

import org.eclipse.emf.ecore.EObject;

/** One row of the overlay editor's effective catalog: an entry with its mark, what changed it, and its provenance. */
public final class EffectiveRow {

	private final RowKind kind;
	private final boolean parameterised;
	private final String pattern;
	private final String scheme;
	private final String ports;
	private final String areas;
	private final String change;
	private final String provenance;
	private final List<EObject> operations;

	EffectiveRow(RowKind kind, boolean parameterised, String pattern, String scheme, String ports, String areas, String change,
			String provenance, List<EObject> operations) {
		this.kind = kind;
		this.parameterised = parameterised;
		this.pattern = pattern;
		this.scheme = scheme;
		this.ports = ports;
		this.areas = areas;
		this.change = change;
		this.provenance = provenance;
		this.operations = List.copyOf(operations);
	}

	public RowKind getKind() {
		return kind;
	}

	public boolean isParameterised() {
		return parameterised;
	}

	/** "added", "replaced", ...; "base, parameterised" when a base entry is a template. */
	public String getMark() {
		return parameterised && kind != RowKind.PARAMETERISED ? kind.label() + ", parameterised" : kind.label();
	}

	public String getPattern() {
		return pattern;
	}

	public String getScheme() {
		return scheme;
	}

	public String getPorts() {
		return ports;
	}

	public String getAreas() {
		return areas;
	}

	/** What this overlay did to it (the provenance steps' changes), or empty. */
	public String getChange() {
		return change;
	}

	/** Areas, documents and overlay steps that bring it in (the hover text). */
	public String getProvenance() {
		return provenance;
	}

	/** The operations (of the computed copy of the overlay) that touched it. */
	List<EObject> getOperations() {
		return operations;
	}

	@Override
	public String toString() {
		return getMark() + " " + pattern;
	}
}
