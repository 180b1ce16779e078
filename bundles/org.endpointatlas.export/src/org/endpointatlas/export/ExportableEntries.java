package org.endpointatlas.export;

import java.util.ArrayList;
import java.util.List;

import org.endpointatlas.catalog.model.Status;
import org.endpointatlas.core.EffectiveCatalog;
import org.endpointatlas.core.EffectiveEndpoint;

/**
 * The entries an allowlist can hold: those whose {@code {parameter}} placeholders are all resolved. Deprecated entries
 * stay in, with a warning.
 */
public final class ExportableEntries {

	private ExportableEntries() {
	}

	private static void warnIfDeprecated(EffectiveEndpoint endpoint, ExportContext context) {
		if (endpoint.getStatus() == Status.DEPRECATED) {
			String replacement = endpoint.getRepresentative().getReplacedBy();
			context.warn(endpoint.getPattern() + " is deprecated" + (replacement == null ? "" : "; replaced by " + replacement));
		}
	}

	/** Leaves out templates with unresolved placeholders, with one warning each that names the --param to give. */
	public static List<EffectiveEndpoint> of(EffectiveCatalog catalog, ExportContext context) {
		List<EffectiveEndpoint> concrete = new ArrayList<>();
		for (EffectiveEndpoint endpoint : catalog.getEndpoints()) {
			if (endpoint.getHostPattern().hasPlaceholders()) {
				context.warn("left out " + endpoint.getPattern() + ": unresolved placeholder(s); give "
						+ String.join(" ", endpoint.getHostPattern().placeholders().stream().map(p -> "--param " + p + "=VALUE").toList()));
			} else {
				warnIfDeprecated(endpoint, context);
				concrete.add(endpoint);
			}
		}
		return concrete;
	}
}
