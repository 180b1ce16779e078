package org.endpointatlas.core;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import org.endpointatlas.catalog.model.Role;
import org.endpointatlas.catalog.model.SourceDocument;

/**
 * The result of composing a {@link Selection}: unique entries with provenance, the selected areas, and the documents
 * and catalog versions they were built from. Exporters, the probe and both front ends read only this.
 */
public final class EffectiveCatalog {

	private final List<EffectiveEndpoint> endpoints;
	private final List<ContributedArea> areas;
	private final List<SourceDocument> sources;
	private final List<Role> roles;
	private final String version;
	private final List<String> warnings;
	private final List<LoadProblem> problems;

	public EffectiveCatalog(List<EffectiveEndpoint> endpoints, List<ContributedArea> areas, List<SourceDocument> sources,
			List<Role> roles, String version, List<String> warnings) {
		this(endpoints, areas, sources, roles, version, warnings, List.of());
	}

	public EffectiveCatalog(List<EffectiveEndpoint> endpoints, List<ContributedArea> areas, List<SourceDocument> sources,
			List<Role> roles, String version, List<String> warnings, List<LoadProblem> problems) {
		this.problems = List.copyOf(problems);
		this.endpoints = List.copyOf(endpoints);
		this.areas = List.copyOf(areas);
		this.sources = List.copyOf(sources);
		this.roles = List.copyOf(roles);
		this.version = version;
		this.warnings = List.copyOf(warnings);
	}

	/** Unique entries, sorted by pattern, scheme, ports and path. */
	public List<EffectiveEndpoint> getEndpoints() {
		return endpoints;
	}

	public List<ContributedArea> getAreas() {
		return areas;
	}

	/** The documents the selected areas were built from, distinct by id. */
	public List<SourceDocument> getSources() {
		return sources;
	}

	public List<Role> getRoles() {
		return roles;
	}

	public Optional<Role> findRole(String id) {
		return roles.stream().filter(r -> id.equals(r.getId())).findFirst();
	}

	/** The versions of the contributing catalogs: {@code id@version} joined by commas, sorted. */
	public String getVersion() {
		return version;
	}

	/** Problems worth a line on stderr, e.g. a broken area bundle. */
	public List<String> getWarnings() {
		return warnings;
	}

	/** The entries that bring {@code host} in: wildcards and templates that cover it, or the same pattern text. */
	public List<EffectiveEndpoint> matching(String host) {
		String text = host.trim().toLowerCase(java.util.Locale.ROOT);
		return endpoints.stream().filter(e -> e.getPattern().equals(text) || e.getHostPattern().matches(text))
				.collect(java.util.stream.Collectors.toList());
	}

	/** Areas that could not be loaded; {@code areas} shows them as broken. */
	public List<LoadProblem> getProblems() {
		return problems;
	}

	/** Role id to the ids of the areas whose entries name that role (from each area's own entries), sorted. */
	public Map<String, java.util.SortedSet<String>> areasByRole() {
		Map<String, java.util.SortedSet<String>> areasByRole = new TreeMap<>();
		roles.forEach(r -> areasByRole.put(r.getId(), new java.util.TreeSet<>()));
		endpoints.forEach(e -> e.getProvenance().forEach(p -> p.getEndpoint().getRoles()
				.forEach(r -> areasByRole.computeIfAbsent(r, k -> new java.util.TreeSet<>()).add(p.getAreaId()))));
		return areasByRole;
	}

	/** Entry counts per area id, sorted by id. */
	public Map<String, Integer> countByArea() {
		Map<String, Integer> counts = new TreeMap<>();
		areas.forEach(a -> counts.put(a.getId(), 0));
		endpoints.forEach(e -> e.getAreaIds().forEach(id -> counts.computeIfPresent(id, (k, n) -> n + 1)));
		return counts;
	}
}
