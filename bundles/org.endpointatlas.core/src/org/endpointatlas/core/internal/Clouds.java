package org.endpointatlas.core.internal;

import java.util.List;

import org.endpointatlas.catalog.model.CatalogPackage;
import org.endpointatlas.catalog.model.Cloud;
import org.endpointatlas.catalog.model.Endpoint;

/**
 * Which entries apply to the selected cloud. An entry without clouds applies everywhere (Windows Update is the same in
 * every cloud). An entry for other clouds is left out; if it is public-only and the cloud's overlay neither mapped nor
 * marked it, it is left out with a warning, so that no allowlist silently keeps a public host. An entry marked "not
 * documented for this cloud" is left out with its reason.
 */
final class Clouds {

	private final Cloud cloud;
	private final List<String> warnings;

	Clouds(Cloud cloud, List<String> warnings) {
		this.cloud = cloud;
		this.warnings = warnings;
	}

	boolean applies(WorkingEntry entry) {
		Endpoint endpoint = entry.endpoint();
		if (entry.notDocumented != null) {
			warnings.add(endpoint.getPattern() + " (" + entry.area.getId() + "): not documented for the " + cloud.getLiteral() + " cloud; left out ("
					+ entry.notDocumented + ")");
			return false;
		}
		// eIsSet first: the getter of an unset list creates one in every endpoint
		if (!endpoint.eIsSet(CatalogPackage.Literals.ENDPOINT__CLOUDS) || endpoint.getClouds().contains(cloud)) {
			return true;
		}
		boolean publicOnly = endpoint.getClouds().size() == 1 && endpoint.getClouds().get(0) == Cloud.PUBLIC;
		if (publicOnly && !entry.touchedByCloudOverlay) {
			warnings.add(endpoint.getPattern() + " (" + entry.area.getId() + "): public cloud only, with no documented " + cloud.getLiteral()
					+ " equivalent; left out");
		}
		return false;
	}
}
