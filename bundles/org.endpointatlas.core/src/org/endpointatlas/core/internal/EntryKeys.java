package org.endpointatlas.core.internal;

import java.util.List;
import java.util.Locale;
import java.util.TreeSet;

import org.eclipse.emf.common.util.EList;
import org.endpointatlas.catalog.model.Endpoint;
import org.endpointatlas.catalog.model.PortRange;
import org.endpointatlas.core.PortSpec;

/** The identity of an entry for de-duplication: case-insensitive pattern, scheme, ports (or the scheme's defaults), path. */
final class EntryKeys {

	private EntryKeys() {
	}

	/** The entry's ports, sorted and distinct, or the defaults of its scheme. */
	static List<PortSpec> portsOf(Endpoint endpoint) {
		EList<PortRange> ports = endpoint.getPorts();
		if (ports.isEmpty()) {
			return PortSpec.defaultsFor(endpoint.getScheme());
		}
		if (ports.size() == 1) {
			return List.of(PortSpec.of(ports.get(0)));
		}
		if (ports.size() == 2) {
			// the usual pair (80 and 443) without a sorted set
			PortSpec first = PortSpec.of(ports.get(0));
			PortSpec second = PortSpec.of(ports.get(1));
			int order = first.compareTo(second);
			return order < 0 ? List.of(first, second) : order > 0 ? List.of(second, first) : List.of(first);
		}
		TreeSet<PortSpec> sorted = new TreeSet<>();
		ports.forEach(p -> sorted.add(PortSpec.of(p)));
		return List.copyOf(sorted);
	}

	static String text(Endpoint endpoint) {
		return endpoint.getPattern().toLowerCase(Locale.ROOT) + " " + endpoint.getScheme() + " " + portsOf(endpoint) + " " + endpoint.getPathAndQuery();
	}
}
