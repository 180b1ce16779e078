package org.endpointatlas.core;

import java.util.Set;

import org.endpointatlas.catalog.model.Cloud;
import org.endpointatlas.catalog.model.Overlay;

/**
 * Whiteboard service for overlays that are computed rather than shipped as data. Data-only bundles announce theirs
 * with {@code Provide-Capability: org.endpointatlas.overlay; cloud="us-gov"; resource="overlay/us-gov.overlay"}.
 */
public interface OverlayContribution {

	Overlay getOverlay();

	/** The clouds this overlay maps the catalog to. */
	Set<Cloud> getClouds();

	default String getOrigin() {
		return getClass().getName();
	}
}
