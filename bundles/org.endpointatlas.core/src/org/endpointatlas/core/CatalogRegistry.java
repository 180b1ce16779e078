package org.endpointatlas.core;

import java.util.List;

/**
 * Collects the catalogs of all started area bundles and all {@link CatalogContribution} services. Bundles come and go
 * at run time; every call returns a consistent snapshot.
 */
public interface CatalogRegistry {

	/** The contributed catalogs, ordered by origin. */
	List<ContributedCatalog> getCatalogs();

	/** Problems met while loading contributions (a broken area bundle), one line each. */
	List<String> getProblems();
}
