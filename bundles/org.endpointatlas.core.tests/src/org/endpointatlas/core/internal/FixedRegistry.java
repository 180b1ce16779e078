package org.endpointatlas.core.internal;

import java.util.ArrayList;
import java.util.List;

import org.endpointatlas.core.CatalogRegistry;
import org.endpointatlas.core.ContributedCatalog;
import org.endpointatlas.core.ContributedOverlay;
import org.endpointatlas.core.LoadProblem;

/** A registry whose catalogs and cloud overlays a test fills in by hand. */
final class FixedRegistry implements CatalogRegistry {

	final List<ContributedCatalog> catalogs = new ArrayList<>();
	final List<ContributedOverlay> cloudOverlays = new ArrayList<>();

	@Override
	public List<ContributedCatalog> getCatalogs() {
		return catalogs;
	}

	@Override
	public List<ContributedOverlay> getOverlays() {
		return cloudOverlays;
	}

	@Override
	public List<LoadProblem> getProblems() {
		return List.of();
	}
}
