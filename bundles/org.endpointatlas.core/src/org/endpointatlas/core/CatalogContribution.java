package org.endpointatlas.core;

import org.endpointatlas.catalog.model.Catalog;

/**
 * Whiteboard service for catalogs that are computed rather than shipped as data, for example from a tenant. Register
 * it as a DS component; the {@link CatalogRegistry} merges it with the areas that data-only bundles announce.
 * The catalog is read, never modified, by the registry and the composer.
 */
public interface CatalogContribution {

	/** The contributed catalog: areas plus the roles, parameters and documents they refer to by id. */
	Catalog getCatalog();

	/** Where it comes from, for provenance; by default the class name of the contribution. */
	default String getOrigin() {
		return getClass().getName();
	}
}
