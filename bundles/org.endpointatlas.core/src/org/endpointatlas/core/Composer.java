package org.endpointatlas.core;

/** Turns a {@link Selection} into an {@link EffectiveCatalog} over the catalogs of the {@link CatalogRegistry}. */
public interface Composer {

	/**
	 * @throws InvalidSelectionException when the selection names an area or role that no catalog provides
	 */
	EffectiveCatalog compose(Selection selection);
}
