package org.endpointatlas.export;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

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

	private static void warnIfDeprecated(EffectiveEndpoint endpoint, Set<String> warnings) {
		if (endpoint.getStatus() == Status.DEPRECATED) {
			String replacement = endpoint.getRepresentative().getReplacedBy();
			warnings.add(endpoint.getPattern() + " is deprecated" + (replacement == null ? "" : "; replaced by " + replacement));
		}
	}

	/**
	 * Leaves out templates with unresolved placeholders, with one warning per pattern that names the --param to give.
	 * Each distinct warning is given once, however many entries (ports, paths) share the pattern.
	 */
	public static List<EffectiveEndpoint> of(EffectiveCatalog catalog, ExportContext context) {
		List<EffectiveEndpoint> concrete = new ArrayList<>();
		Set<String> warnings = new LinkedHashSet<>();
		for (EffectiveEndpoint endpoint : catalog.getEndpoints()) {
			if (endpoint.getHostPattern().hasPlaceholders()) {
				warnings.add("left out " + endpoint.getPattern() + ": unresolved placeholder(s); give "
						+ String.join(" ", endpoint.getHostPattern().placeholders().stream().map(p -> "--param " + p + "=VALUE").toList()));
			} else {
				warnIfDeprecated(endpoint, warnings);
				concrete.add(endpoint);
			}
		}
		warnings.forEach(context::warn);
		return concrete;
	}
}
