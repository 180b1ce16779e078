package org.endpointatlas.ui.internal.views.areas;

import java.util.List;

import org.endpointatlas.core.ContributedArea;
import org.endpointatlas.core.ContributedCatalog;
import org.endpointatlas.core.EffectiveEndpoint;

/** A tree node for one contributed area, with the effective endpoints it requires. */
final class AreaNode {

	private final ContributedArea area;
	private final List<EffectiveEndpoint> endpoints;

	AreaNode(ContributedArea area, List<EffectiveEndpoint> endpoints) {
		this.area = area;
		this.endpoints = List.copyOf(endpoints);
	}

	String getId() {
		return area.getId();
	}

	String getName() {
		String name = area.getArea().getName();
		return name == null ? area.getId() : name;
	}

	/** How the area's catalog reached the registry: a built-in bundle or service, a user file, an overlay. */
	ContributedCatalog.Kind getKind() {
		return area.getCatalog().getKind();
	}

	String getOrigin() {
		return area.getCatalog().getOrigin();
	}

	List<EffectiveEndpoint> getEndpoints() {
		return endpoints;
	}

	int getEndpointCount() {
		return endpoints.size();
	}

	/** Identifies the node across refreshes. */
	String getKey() {
		return getOrigin() + "/" + getId();
	}
}
