package org.endpointatlas.core.internal;

import org.endpointatlas.core.ContributedCatalog;
import org.endpointatlas.core.ContributedOverlay;

/** Where the extender puts what it loads. */
interface CatalogStore {

	void add(ContributedCatalog catalog);

	void remove(ContributedCatalog catalog);

	void add(ContributedOverlay overlay);

	void remove(ContributedOverlay overlay);
}
