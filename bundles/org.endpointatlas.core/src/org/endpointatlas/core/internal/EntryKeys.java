package org.endpointatlas.core.internal;

import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import org.endpointatlas.catalog.model.Endpoint;
import org.endpointatlas.core.PortSpec;

/** The identity of an entry for de-duplication: case-insensitive pattern, scheme, ports (or the scheme's defaults), path. */
final class EntryKeys {

	private EntryKeys() {
	}

	static List<PortSpec> portsOf(Endpoint endpoint) {
		if (endpoint.getPorts().isEmpty()) {
			return PortSpec.defaultsFor(endpoint.getScheme());
		}
		return endpoint.getPorts().stream().map(PortSpec::of).sorted().distinct().collect(Collectors.toList());
	}

	static String text(Endpoint endpoint) {
		return text(endpoint.getPattern(), endpoint);
	}

	/** The key of the entry with {@code pattern} in place of its own (a resolved template). */
	static String text(String pattern, Endpoint endpoint) {
		return pattern.toLowerCase(Locale.ROOT) + " " + endpoint.getScheme() + " " + portsOf(endpoint) + " " + endpoint.getPathAndQuery();
	}
}
