package org.endpointatlas.core;

import java.util.Objects;

import org.endpointatlas.catalog.model.Catalog;

/** A catalog as the registry holds it, with where it came from. */
public final class ContributedCatalog {

	/** How a catalog reached the registry. */
	public enum Kind {
		/** A data-only area bundle that announces {@code org.endpointatlas.catalog}. */
		BUNDLE,
		/** A {@link CatalogContribution} service. */
		SERVICE,
		/** A user file: {@code --catalog FILE} or the user-catalog home. */
		FILE,
		/** Areas that an overlay adds ({@code AddArea}). */
		OVERLAY
	}

	private final Catalog catalog;
	private final String origin;
	private final Kind kind;

	public ContributedCatalog(Catalog catalog, String origin, Kind kind) {
		this.catalog = Objects.requireNonNull(catalog);
		this.origin = Objects.requireNonNull(origin);
		this.kind = Objects.requireNonNull(kind);
	}

	public Catalog getCatalog() {
		return catalog;
	}

	/** Bundle symbolic name, service origin, or file path. */
	public String getOrigin() {
		return origin;
	}

	public Kind getKind() {
		return kind;
	}

	@Override
	public String toString() {
		return kind.name().toLowerCase() + ":" + origin;
	}
}
