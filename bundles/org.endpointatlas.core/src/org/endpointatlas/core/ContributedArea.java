package org.endpointatlas.core;

import org.endpointatlas.catalog.model.FeatureArea;

/** A feature area with the catalog (and so the bundle or file) that contributes it. */
public final class ContributedArea {

	private final FeatureArea area;
	private final ContributedCatalog catalog;

	public ContributedArea(FeatureArea area, ContributedCatalog catalog) {
		this.area = area;
		this.catalog = catalog;
	}

	public FeatureArea getArea() {
		return area;
	}

	public String getId() {
		return area.getId();
	}

	public ContributedCatalog getCatalog() {
		return catalog;
	}
}
