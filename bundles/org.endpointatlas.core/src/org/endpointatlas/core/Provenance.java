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

	public Provenance(FeatureArea area, Endpoint endpoint, ContributedCatalog catalog) {
		this.area = area;
		this.endpoint = endpoint;
		this.catalog = catalog;
	}

	public String getAreaId() {
		return area.getId();
	}

	public FeatureArea getArea() {
		return area;
	}

	/** The catalog entry as its area states it. */
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
