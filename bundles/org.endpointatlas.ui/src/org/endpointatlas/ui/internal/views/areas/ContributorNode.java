package org.endpointatlas.ui.internal.views.areas;

import java.util.List;

import org.endpointatlas.core.ContributedCatalog;

/** A tree node for what contributes areas: usually an area bundle, by symbolic name. */
final class ContributorNode {

	private final String origin;
	private final ContributedCatalog.Kind kind;
	private final List<AreaNode> areas;

	ContributorNode(String origin, ContributedCatalog.Kind kind, List<AreaNode> areas) {
		this.origin = origin;
		this.kind = kind;
		this.areas = List.copyOf(areas);
	}

	/** Bundle symbolic name, service origin or file path. */
	String getOrigin() {
		return origin;
	}

	ContributedCatalog.Kind getKind() {
		return kind;
	}

	List<AreaNode> getAreas() {
		return areas;
	}

	/** Unique entries over all its areas (an entry that two areas require counts once), as the table shows them. */
	int getEndpointCount() {
		return (int) areas.stream().flatMap(area -> area.getEndpoints().stream()).distinct().count();
	}

	/** Identifies the node across refreshes. */
	String getKey() {
		return origin;
	}
}
