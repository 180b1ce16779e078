package org.endpointatlas.core;

import java.util.List;

/**
 * Collects the catalogs of all started area bundles and all {@link CatalogContribution} services. Bundles come and go
 * at run time; every call returns a consistent snapshot.
 */
public interface CatalogRegistry {

	/** The contributed catalogs, ordered by origin. */
	List<ContributedCatalog> getCatalogs();

	/** The built-in overlays (sovereign clouds), ordered by origin. */
	List<ContributedOverlay> getOverlays();

	/** Contributions that could not be loaded (a broken area bundle), with file and line. */
	List<LoadProblem> getProblems();
}
