package org.endpointatlas.core;

import java.util.List;

import org.endpointatlas.catalog.model.Endpoint;
import org.endpointatlas.catalog.model.FeatureArea;
import org.endpointatlas.catalog.model.SourceRef;

/** One reason an effective entry is in the list: the area that requires it, where that area came from, and the documents. */
public final class Provenance {

	private final FeatureArea area;
	private final Endpoint endpoint;
	private final ContributedCatalog catalog;
	private final List<OverlayStep> steps;

	public Provenance(FeatureArea area, Endpoint endpoint, ContributedCatalog catalog) {
		this(area, endpoint, catalog, List.of());
	}

	public Provenance(FeatureArea area, Endpoint endpoint, ContributedCatalog catalog, List<OverlayStep> steps) {
		this.area = area;
		this.endpoint = endpoint;
		this.catalog = catalog;
		this.steps = List.copyOf(steps);
	}

	/** The overlay operations that changed (or added) the entry, in the order they applied. */
	public List<OverlayStep> getSteps() {
		return steps;
	}

	public String getAreaId() {
		return area.getId();
	}

	public FeatureArea getArea() {
		return area;
	}

	/** The catalog entry as its area states it, after the overlays. */
	public Endpoint getEndpoint() {
		return endpoint;
	}

	public ContributedCatalog getCatalog() {
		return catalog;
	}

	/** The documents and sections the entry comes from. */
	public List<SourceRef> getSources() {
		return endpoint.getSources();
	}

	@Override
	public String toString() {
		return area.getId() + " (" + catalog + ")";
	}
}
