package org.endpointatlas.core.internal;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.ecore.util.EcoreUtil;
import org.endpointatlas.catalog.model.Endpoint;
import org.endpointatlas.catalog.model.FeatureArea;
import org.endpointatlas.core.ContributedCatalog;
import org.endpointatlas.core.OverlayStep;

/**
 * A catalog entry while overlays apply. The registry's objects are shared and never modified: the first change copies
 * the endpoint.
 */
final class WorkingEntry {

	final FeatureArea area;
	final ContributedCatalog catalog;
	/** Empty (and shared) until an overlay changes the entry: most entries of a large catalog never get a step. */
	private List<OverlayStep> steps = List.of();
	private Endpoint endpoint;
	private boolean copied;
	boolean removed;
	/** Set by a "not documented for this cloud" operation: the entry is left out with this reason. */
	String notDocumented;
	/** Whether the overlay of the selected cloud mapped or marked it. */
	boolean touchedByCloudOverlay;
	int lastLayer = -1;
	Object lastOperation;
	String lastLocation;

	WorkingEntry(FeatureArea area, ContributedCatalog catalog, Endpoint endpoint, boolean copied) {
		this.area = area;
		this.catalog = catalog;
		this.endpoint = endpoint;
		this.copied = copied;
	}

	Endpoint endpoint() {
		return endpoint;
	}

	/** The endpoint to change: a private copy. */
	Endpoint writable() {
		if (!copied) {
			endpoint = EcoreUtil.copy(endpoint);
			copied = true;
		}
		return endpoint;
	}

	List<OverlayStep> steps() {
		return steps;
	}

	void addStep(OverlayStep step) {
		if (steps.isEmpty()) {
			steps = new ArrayList<>(2);
		}
		steps.add(step);
	}

	boolean isLive() {
		return !removed && notDocumented == null;
	}
}
