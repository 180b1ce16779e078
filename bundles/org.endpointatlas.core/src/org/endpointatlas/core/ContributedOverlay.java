package org.endpointatlas.core;

import java.util.Objects;
import java.util.Set;

import org.endpointatlas.catalog.model.Cloud;
import org.endpointatlas.catalog.model.Overlay;

/**
 * An overlay as the composer applies it: a built-in cloud overlay (applied when its cloud is selected) or a user
 * overlay file (applied in command-line order, after the cloud overlay).
 */
public final class ContributedOverlay {

	private final Overlay overlay;
	private final String origin;
	private final Set<Cloud> clouds;
	private final ContributedCatalog.Kind kind;

	public ContributedOverlay(Overlay overlay, String origin, Set<Cloud> clouds, ContributedCatalog.Kind kind) {
		this.overlay = Objects.requireNonNull(overlay);
		this.origin = Objects.requireNonNull(origin);
		this.clouds = Set.copyOf(clouds);
		this.kind = Objects.requireNonNull(kind);
	}

	/** A user overlay file: applies whatever cloud is selected. */
	public static ContributedOverlay file(Overlay overlay, String path) {
		return new ContributedOverlay(overlay, path, Set.of(), ContributedCatalog.Kind.FILE);
	}

	public Overlay getOverlay() {
		return overlay;
	}

	/** The file, or bundle and resource, it was loaded from; error messages and provenance name it. */
	public String getOrigin() {
		return origin;
	}

	/** The clouds a built-in overlay maps to; empty for user overlays. */
	public Set<Cloud> getClouds() {
		return clouds;
	}

	public ContributedCatalog.Kind getKind() {
		return kind;
	}

	@Override
	public String toString() {
		return (overlay.getId() == null ? "overlay" : "overlay " + overlay.getId()) + " (" + origin + ")";
	}
}
