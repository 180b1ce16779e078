package org.endpointatlas.export;

import java.util.ArrayList;
import java.util.List;

import org.endpointatlas.core.EffectiveCatalog;
import org.endpointatlas.core.EffectiveEndpoint;

/** The entries an allowlist can hold: those whose {@code {parameter}} placeholders are all resolved. */
public final class ExportableEntries {

	private ExportableEntries() {
	}

	/** Leaves out templates with unresolved placeholders, with one warning each that names the --param to give. */
	public static List<EffectiveEndpoint> of(EffectiveCatalog catalog, ExportContext context) {
		List<EffectiveEndpoint> concrete = new ArrayList<>();
		for (EffectiveEndpoint endpoint : catalog.getEndpoints()) {
			if (endpoint.getHostPattern().hasPlaceholders()) {
				context.warn("left out " + endpoint.getPattern() + ": unresolved placeholder(s); give "
						+ String.join(" ", endpoint.getHostPattern().placeholders().stream().map(p -> "--param " + p + "=VALUE").toList()));
			} else {
				concrete.add(endpoint);
			}
		}
		return concrete;
	}
}
