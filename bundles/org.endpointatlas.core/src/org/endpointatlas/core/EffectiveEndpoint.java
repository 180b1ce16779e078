package org.endpointatlas.core;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.endpointatlas.catalog.model.Constraint;
import org.endpointatlas.catalog.model.Endpoint;
import org.endpointatlas.catalog.model.Scheme;
import org.endpointatlas.catalog.model.SourceRef;
import org.endpointatlas.catalog.model.Status;
import org.endpointatlas.core.pattern.HostPattern;

/**
 * One entry of an {@link EffectiveCatalog}: a unique (pattern, scheme, ports, path) with every area and document that
 * requires it. The first provenance is the representative catalog entry for attributes that are not merged.
 */
public final class EffectiveEndpoint {

	private final HostPattern pattern;
	private final Scheme scheme;
	private final List<PortSpec> ports;
	private final String path;
	private final List<Provenance> provenance;
	private final Status status;

	public EffectiveEndpoint(HostPattern pattern, Scheme scheme, List<PortSpec> ports, String path, List<Provenance> provenance) {
		this.pattern = pattern;
		this.scheme = scheme;
		this.ports = List.copyOf(ports);
		this.path = path;
		this.provenance = List.copyOf(provenance);
		// computed now, while the composer has the entries at hand: every writer asks, and on a large catalog a later
		// visit to each entry costs a cache miss
		this.status = statusOf(this.provenance);
	}

	public String getPattern() {
		return pattern.text();
	}

	public HostPattern getHostPattern() {
		return pattern;
	}

	public Scheme getScheme() {
		return scheme;
	}

	/** Explicit ports, or the defaults of the scheme. */
	public List<PortSpec> getPorts() {
		return ports;
	}

	/** Path and query of a URL entry, or {@code null}. */
	public String getPathAndQuery() {
		return path;
	}

	public List<Provenance> getProvenance() {
		return provenance;
	}

	public Endpoint getRepresentative() {
		return provenance.get(0).getEndpoint();
	}

	public Set<String> getAreaIds() {
		return collect(p -> List.of(p.getAreaId()));
	}

	public Set<String> getRoles() {
		return collect(p -> p.getEndpoint().getRoles());
	}

	public Set<String> getNotes() {
		return collect(p -> p.getEndpoint().getNotes());
	}

	public List<SourceRef> getSources() {
		return provenance.stream().flatMap(p -> p.getSources().stream()).collect(Collectors.toList());
	}

	public List<Constraint> getConstraints() {
		return provenance.stream().flatMap(p -> p.getEndpoint().getConstraints().stream()).collect(Collectors.toList());
	}

	/** Required when any area requires it. */
	public boolean isRequired() {
		for (int i = 0; i < provenance.size(); i++) {
			if (provenance.get(i).getEndpoint().isRequired()) {
				return true;
			}
		}
		return false;
	}

	/** The most current status among the contributing entries: active beats deprecated beats retired. */
	public Status getStatus() {
		return status;
	}

	private static Status statusOf(List<Provenance> provenance) {
		Status status = null;
		for (int i = 0; i < provenance.size(); i++) {
			Status next = provenance.get(i).getEndpoint().getStatus();
			if (status == null || next.compareTo(status) < 0) {
				status = next;
			}
		}
		return status == null ? Status.ACTIVE : status;
	}

	public Optional<String> getProbeHost() {
		return provenance.stream().map(p -> p.getEndpoint().getProbeHost()).filter(h -> h != null).findFirst();
	}

	/** {@code https://host/path} style text for URL lists; {@code any} becomes https. */
	public String toUrl() {
		String prefix = scheme == Scheme.HTTP ? "http://" : "https://";
		return prefix + pattern.text() + (path == null ? "" : path);
	}

	private Set<String> collect(Function<Provenance, Collection<String>> values) {
		Set<String> result = new LinkedHashSet<>();
		provenance.forEach(p -> result.addAll(values.apply(p)));
		return result;
	}

	@Override
	public String toString() {
		return scheme.getLiteral() + " " + pattern + " " + ports + (path == null ? "" : " " + path);
	}
}
