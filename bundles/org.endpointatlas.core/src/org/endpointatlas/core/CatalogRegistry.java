package org.endpointatlas.core;

import java.util.List;

/**
 * Collects the catalogs of all started area bundles and all {@link CatalogContribution} services. Bundles come and go
 * at run time; every call returns a consistent snapshot.
 */
public interface CatalogRegistry {

	/**
	 * The Event Admin topic that the registry posts (asynchronously, without properties) when its contributions change: an
	 * area bundle started or stopped, or a contribution service came or went. Listeners ask for the catalogs again; the
	 * event itself parses nothing. Where there is no Event Admin (the command line), nothing is posted.
	 */
	String CHANGED_TOPIC = "org/endpointatlas/catalogs/CHANGED";

	/** The contributed catalogs, ordered by origin. */
	List<ContributedCatalog> getCatalogs();

	/** The built-in overlays (sovereign clouds), ordered by origin. */
	List<ContributedOverlay> getOverlays();

	/** Contributions that could not be loaded (a broken area bundle), with file and line. */
	List<LoadProblem> getProblems();
}
