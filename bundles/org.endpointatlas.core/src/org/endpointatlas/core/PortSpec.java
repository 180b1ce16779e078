package org.endpointatlas.core;

import java.util.List;
import java.util.Objects;

import org.endpointatlas.catalog.model.PortRange;
import org.endpointatlas.catalog.model.Scheme;
import org.endpointatlas.catalog.model.Transport;

/** A port or port range with its transport, as a value: {@code tcp/443}, {@code udp/7680-7681}. */
public final class PortSpec implements Comparable<PortSpec> {

	private static final PortSpec HTTP = new PortSpec(Transport.TCP, 80, 80);
	private static final PortSpec HTTPS = new PortSpec(Transport.TCP, 443, 443);

	private final Transport transport;
	private final int from;
	private final int to;

	public PortSpec(Transport transport, int from, int to) {
		this.transport = Objects.requireNonNull(transport);
		this.from = from;
		this.to = Math.max(from, to);
	}

	/** The value of a catalog port range; the web ports are shared instances, as most entries have them. */
	public static PortSpec of(PortRange range) {
		Transport transport = range.getTransport();
		int from = range.getFrom();
		if (transport == Transport.TCP && range.getTo() <= from && (from == 443 || from == 80)) {
			return from == 443 ? HTTPS : HTTP;
		}
		return new PortSpec(transport, from, range.getTo());
	}

	/** The ports an entry without explicit ports uses: those of its scheme, both web ports for "any". */
	public static List<PortSpec> defaultsFor(Scheme scheme) {
		switch (scheme) {
		case HTTP:
			return List.of(HTTP);
		case HTTPS:
			return List.of(HTTPS);
		default:
			return List.of(HTTP, HTTPS);
		}
	}

	public Transport getTransport() {
		return transport;
	}

	public int getFrom() {
		return from;
	}

	public int getTo() {
		return to;
	}

	public boolean isRange() {
		return to != from;
	}

	@Override
	public int compareTo(PortSpec other) {
		int byTransport = transport.compareTo(other.transport);
		if (byTransport != 0) {
			return byTransport;
		}
		return from != other.from ? Integer.compare(from, other.from) : Integer.compare(to, other.to);
	}

	@Override
	public boolean equals(Object other) {
		if (!(other instanceof PortSpec)) {
			return false;
		}
		PortSpec that = (PortSpec) other;
		return transport == that.transport && from == that.from && to == that.to;
	}

	@Override
	public int hashCode() {
		return (transport.hashCode() * 31 + from) * 31 + to;
	}

	/** {@code tcp/443} or {@code udp/7680-7681}. */
	@Override
	public String toString() {
		return transport.getLiteral() + "/" + (isRange() ? from + "-" + to : String.valueOf(from));
	}
}
