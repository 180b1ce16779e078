package org.endpointatlas.core.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.endpointatlas.catalog.model.CatalogPackage;
import org.endpointatlas.catalog.model.Endpoint;
import org.endpointatlas.catalog.model.FeatureArea;
import org.endpointatlas.catalog.model.Role;
import org.endpointatlas.catalog.model.Scheme;
import org.endpointatlas.catalog.model.SourceDocument;
import org.endpointatlas.catalog.model.Status;
import org.endpointatlas.core.CatalogRegistry;
import org.endpointatlas.core.Composer;
import org.endpointatlas.core.ContributedArea;
import org.endpointatlas.core.ContributedCatalog;
import org.endpointatlas.core.EffectiveCatalog;
import org.endpointatlas.core.EffectiveEndpoint;
import org.endpointatlas.core.PortSpec;
import org.endpointatlas.core.Provenance;
import org.endpointatlas.core.Selection;
import org.endpointatlas.core.InvalidSelectionException;
import org.endpointatlas.core.pattern.HostPattern;
import org.endpointatlas.core.pattern.InvalidHostPatternException;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * Composes the registry's catalogs and the selection's user catalogs into an {@link EffectiveCatalog}. Entries are
 * de-duplicated on (lowercase pattern, scheme, ports, path); every contributing area stays in the provenance.
 */
@Component(service = Composer.class)
public class ComposerImpl implements Composer {

	@Reference
	private CatalogRegistry registry;

	public ComposerImpl() {
	}

	/** For tests outside a framework. */
	public ComposerImpl(CatalogRegistry registry) {
		this.registry = registry;
	}

	@Override
	public EffectiveCatalog compose(Selection selection) {
		List<ContributedCatalog> catalogs = new ArrayList<>(registry.getCatalogs());
		catalogs.addAll(selection.getExtraCatalogs());
		OverlayEngine overlays = applyOverlays(catalogs, selection);
		catalogs.addAll(overlays.addedCatalogs());
		List<ContributedArea> known = areasOf(catalogs);
		List<String> warnings = new ArrayList<>();
		registry.getProblems().forEach(p -> warnings.add(p.toString()));
		checkKnown(selection.getAreas(), ids(known), "area");
		checkKnown(selection.getRoles(), roleIds(catalogs, known), "role");
		checkKnown(selection.getConstraints(), CONSTRAINT_KINDS, "constraint");
		Map<String, String> values = new LinkedHashMap<>(overlays.parameters());
		values.putAll(selection.getParams());
		Placeholders placeholders = Placeholders.of(catalogs, values);
		List<ContributedArea> selected = select(known, selection, warnings);
		Set<FeatureArea> selectedAreas = selected.stream().map(ContributedArea::getArea).collect(Collectors.toSet());
		Clouds clouds = new Clouds(selection.getCloud(), warnings);
		List<Candidate> candidates = new ArrayList<>(overlays.entries().size());
		for (WorkingEntry entry : overlays.entries()) {
			Endpoint endpoint = entry.endpoint();
			if (selectedAreas.contains(entry.area) && !entry.removed && included(endpoint, selection) && !placeholders.excludes(endpoint)
					&& clouds.applies(entry)) {
				candidates.add(new Candidate(placeholders.resolve(parse(endpoint.getPattern())), endpoint, EntryKeys.portsOf(endpoint),
						new Provenance(entry.area, endpoint, entry.catalog, entry.steps())));
			}
		}
		List<EffectiveEndpoint> endpoints = unique(candidates);
		if (!selection.getConstraints().isEmpty()) {
			endpoints = ConstraintFilter.of(catalogs, selection.getConstraints()).apply(endpoints);
		}
		return new EffectiveCatalog(endpoints, selected, sources(selected), roles(catalogs), version(selected), warnings,
				registry.getProblems());
	}

	/**
	 * The built-in overlay of the selected cloud first, then the user's overlays in order. A user overlay with the id of
	 * a built-in one replaces it (an admin's edited copy of a sovereign mapping).
	 */
	private OverlayEngine applyOverlays(List<ContributedCatalog> catalogs, Selection selection) {
		OverlayEngine engine = new OverlayEngine(catalogs);
		Set<String> replaced = selection.getOverlays().stream().map(o -> o.getOverlay().getId()).filter(java.util.Objects::nonNull)
				.collect(Collectors.toSet());
		registry.getOverlays().stream().filter(o -> o.getClouds().contains(selection.getCloud()))
				.filter(o -> !replaced.contains(o.getOverlay().getId())).forEach(o -> engine.apply(o, true));
		selection.getOverlays().forEach(o -> engine.apply(o, false));
		return engine;
	}

	private static final Set<String> CONSTRAINT_KINDS = org.endpointatlas.catalog.model.ConstraintKind.VALUES.stream()
			.map(org.endpointatlas.catalog.model.ConstraintKind::getLiteral).collect(Collectors.toCollection(java.util.LinkedHashSet::new));

	/**
	 * Sorts the candidates and merges those with the same key (pattern, scheme, ports, path) into one entry. The sort
	 * is stable, so that the first catalog entry with a key stays its representative and the provenance keeps the
	 * catalogs' order; sorting first, rather than collecting into a hash map, walks a large catalog's entries in order.
	 */
	private static List<EffectiveEndpoint> unique(List<Candidate> candidates) {
		Candidate[] sorted = candidates.toArray(new Candidate[0]);
		Arrays.parallelSort(sorted, ORDER);
		List<EffectiveEndpoint> endpoints = new ArrayList<>(sorted.length);
		for (int first = 0, next; first < sorted.length; first = next) {
			next = first + 1;
			while (next < sorted.length && ORDER.compare(sorted[first], sorted[next]) == 0) {
				next++;
			}
			endpoints.add(sorted[first].toEndpoint(provenance(sorted, first, next)));
		}
		return endpoints;
	}

	private static List<Provenance> provenance(Candidate[] sorted, int first, int end) {
		if (end == first + 1) {
			return List.of(sorted[first].provenance);
		}
		List<Provenance> all = new ArrayList<>(end - first);
		for (int i = first; i < end; i++) {
			all.add(sorted[i].provenance);
		}
		return all;
	}

	/**
	 * Pattern, scheme, ports and path: the entries' order, and zero exactly for the same de-duplication key (the text of
	 * a port list names each port). Written out rather than chained, as it runs n log n times on large catalogs.
	 */
	private static final Comparator<Candidate> ORDER = (a, b) -> {
		int order = a.text.compareTo(b.text);
		if (order == 0) {
			order = a.scheme.compareTo(b.scheme);
		}
		if (order == 0 && !a.ports.equals(b.ports)) {
			order = a.ports.toString().compareTo(b.ports.toString());
		}
		return order != 0 ? order : String.valueOf(a.path).compareTo(String.valueOf(b.path));
	};

	private static List<ContributedArea> areasOf(List<ContributedCatalog> catalogs) {
		List<ContributedArea> areas = new ArrayList<>();
		for (ContributedCatalog catalog : catalogs) {
			catalog.getCatalog().getAreas().forEach(area -> areas.add(new ContributedArea(area, catalog)));
		}
		return areas;
	}

	private static Set<String> ids(List<ContributedArea> areas) {
		return areas.stream().map(ContributedArea::getId).collect(Collectors.toCollection(TreeSet::new));
	}

	private static Set<String> roleIds(List<ContributedCatalog> catalogs, List<ContributedArea> areas) {
		Set<String> ids = new TreeSet<>();
		catalogs.forEach(c -> c.getCatalog().getRoles().forEach(r -> ids.add(r.getId())));
		// eIsSet first: the getter of an unset list creates one in every endpoint
		areas.forEach(a -> a.getArea().getEndpoints().stream().filter(e -> e.eIsSet(CatalogPackage.Literals.ENDPOINT__ROLES))
				.forEach(e -> ids.addAll(e.getRoles())));
		return ids;
	}

	private static void checkKnown(Set<String> asked, Set<String> known, String what) {
		for (String id : asked) {
			if (!known.contains(id)) {
				throw new InvalidSelectionException("unknown " + what + " \"" + id + "\" (known: " + String.join(", ", known) + ")");
			}
		}
	}

	private static List<ContributedArea> select(List<ContributedArea> known, Selection selection, List<String> warnings) {
		List<ContributedArea> selected = new ArrayList<>();
		for (ContributedArea area : known) {
			boolean asked = selection.getAreas().isEmpty() || selection.getAreas().contains(area.getId());
			boolean retired = area.getArea().getStatus() == Status.RETIRED;
			if (asked && retired && !selection.isIncludeRetired() && !selection.getAreas().isEmpty()) {
				warnings.add("area \"" + area.getId() + "\" is retired; add --include-retired to see it");
			}
			if (asked && (!retired || selection.isIncludeRetired())) {
				selected.add(area);
			}
		}
		return selected;
	}

	/** Examples (illustrations in the documents) are never requirements, so they never reach an allowlist. */
	private static boolean included(Endpoint endpoint, Selection selection) {
		if (endpoint.isExample()) {
			return false;
		}
		java.util.Optional<Status> status = org.endpointatlas.core.Lifecycle.statusAt(endpoint, selection.getAsOf());
		if (status.isEmpty() || status.get() == Status.RETIRED && !selection.isIncludeRetired()) {
			return false;
		}
		return selection.getRoles().isEmpty() || endpoint.getRoles().isEmpty()
				|| endpoint.getRoles().stream().anyMatch(selection.getRoles()::contains);
	}

	private static List<SourceDocument> sources(List<ContributedArea> areas) {
		Map<String, SourceDocument> byId = new LinkedHashMap<>();
		areas.stream().map(a -> a.getCatalog().getCatalog()).distinct()
				.forEach(c -> c.getSources().forEach(s -> byId.putIfAbsent(s.getId(), s)));
		return new ArrayList<>(byId.values());
	}

	private static List<Role> roles(List<ContributedCatalog> catalogs) {
		Map<String, Role> byId = new LinkedHashMap<>();
		catalogs.forEach(c -> c.getCatalog().getRoles().forEach(r -> byId.putIfAbsent(r.getId(), r)));
		return new ArrayList<>(byId.values());
	}

	private static String version(Collection<ContributedArea> areas) {
		return areas.stream().map(a -> a.getCatalog().getCatalog()).distinct()
				.map(c -> c.getId() + "@" + c.getVersion()).sorted().distinct().collect(Collectors.joining(", "));
	}

	/** Loaded catalogs hold lowercase patterns only; a computed contribution may not, and is lowercased then. */
	private static HostPattern parse(String text) {
		try {
			return HostPattern.parse(text);
		} catch (InvalidHostPatternException e) {
			return parseLowercase(text);
		}
	}

	private static HostPattern parseLowercase(String text) {
		try {
			return HostPattern.parse(text.toLowerCase(Locale.ROOT));
		} catch (InvalidHostPatternException e) {
			// the loader rejects such files; a computed contribution that slips one in is a programming error
			throw new IllegalStateException(e.getMessage(), e);
		}
	}

	/** A catalog entry that the selection keeps, before entries with the same key are merged. */
	private static final class Candidate {

		final HostPattern pattern;
		/** The pattern's text, which the sort compares most: one reference less to follow. */
		final String text;
		final Scheme scheme;
		final List<PortSpec> ports;
		final String path;
		final Provenance provenance;

		Candidate(HostPattern pattern, Endpoint endpoint, List<PortSpec> ports, Provenance provenance) {
			this.pattern = pattern;
			this.text = pattern.text();
			this.scheme = endpoint.getScheme();
			this.ports = ports;
			this.path = endpoint.getPathAndQuery();
			this.provenance = provenance;
		}

		EffectiveEndpoint toEndpoint(List<Provenance> merged) {
			return new EffectiveEndpoint(pattern, scheme, ports, path, merged);
		}
	}
}
