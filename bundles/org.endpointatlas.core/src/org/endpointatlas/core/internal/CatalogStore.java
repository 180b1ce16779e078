package org.endpointatlas.core.internal;

import org.endpointatlas.core.ContributedCatalog;

/** Where the extender puts what it loads. */
interface CatalogStore {

	void add(ContributedCatalog catalog);

	void remove(ContributedCatalog catalog);
}
