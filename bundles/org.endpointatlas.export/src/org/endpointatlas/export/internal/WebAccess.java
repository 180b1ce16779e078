package org.endpointatlas.export.internal;

import java.util.ArrayList;
import java.util.List;

import org.endpointatlas.catalog.model.Scheme;
import org.endpointatlas.catalog.model.Transport;
import org.endpointatlas.core.EffectiveEndpoint;
import org.endpointatlas.core.PortSpec;

/**
 * How an entry's scheme and ports map to web traffic, the only traffic that proxies, PAC files, URL lists and
 * application rules see:
 * <ul>
 * <li>{@code http} entries: plain HTTP on each TCP port; {@code https} entries: TLS on each TCP port;</li>
 * <li>{@code any} entries: TCP 80 is plain HTTP and TCP 443 is TLS; any other TCP port is {@link #otherTcp() not known
 * to be web traffic} (e.g. TCP 5223 for Apple push notifications);</li>
 * <li>UDP ports ({@code udp/123}, {@code udp/3544}) are never web traffic.</li>
 * </ul>
 */
final class WebAccess {

	// immutable, and empty lists shared: writers ask this of every entry
	private List<PortSpec> http = List.of();
	private List<PortSpec> tls = List.of();
	private List<PortSpec> otherTcp = List.of();
	private List<PortSpec> udp = List.of();

	private WebAccess() {
	}

	static WebAccess of(EffectiveEndpoint endpoint) {
		WebAccess access = new WebAccess();
		for (PortSpec port : endpoint.getPorts()) {
			if (port.getTransport() == Transport.UDP) {
				access.udp = plus(access.udp, port);
			} else if (endpoint.getScheme() == Scheme.HTTP) {
				access.http = plus(access.http, port);
			} else if (endpoint.getScheme() == Scheme.HTTPS) {
				access.tls = plus(access.tls, port);
			} else if (!port.isRange() && port.getFrom() == 80) {
				access.http = plus(access.http, port);
			} else if (!port.isRange() && port.getFrom() == 443) {
				access.tls = plus(access.tls, port);
			} else {
				access.otherTcp = plus(access.otherTcp, port);
			}
		}
		return access;
	}

	private static List<PortSpec> plus(List<PortSpec> ports, PortSpec port) {
		PortSpec[] more = ports.toArray(new PortSpec[ports.size() + 1]);
		more[ports.size()] = port;
		return List.of(more);
	}

	/** TCP ports that carry plain HTTP. */
	List<PortSpec> http() {
		return http;
	}

	/** TCP ports that carry TLS (HTTPS, or CONNECT through a proxy). */
	List<PortSpec> tls() {
		return tls;
	}

	/** TCP ports of an {@code any} entry other than 80 and 443: not known to carry HTTP or TLS. */
	List<PortSpec> otherTcp() {
		return otherTcp;
	}

	List<PortSpec> udp() {
		return udp;
	}

	boolean isWeb() {
		return !http.isEmpty() || !tls.isEmpty();
	}

	/** The ports that are not web traffic, as text for a warning: {@code tcp/5223, udp/123}. */
	String nonWebPorts() {
		List<String> ports = new ArrayList<>();
		otherTcp.forEach(p -> ports.add(p.toString()));
		udp.forEach(p -> ports.add(p.toString()));
		return String.join(", ", ports);
	}

	boolean hasNonWeb() {
		return !otherTcp.isEmpty() || !udp.isEmpty();
	}
}
