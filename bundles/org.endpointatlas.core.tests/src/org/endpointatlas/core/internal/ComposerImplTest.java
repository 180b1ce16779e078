package org.endpointatlas.core.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import org.endpointatlas.catalog.model.Catalog;
import org.endpointatlas.catalog.model.CatalogFactory;
import org.endpointatlas.catalog.model.Endpoint;
import org.endpointatlas.catalog.model.FeatureArea;
import org.endpointatlas.catalog.model.PortRange;
import org.endpointatlas.catalog.model.Scheme;
import org.endpointatlas.catalog.model.SourceRef;
import org.endpointatlas.catalog.model.Status;
import org.endpointatlas.core.ContributedCatalog;
import org.endpointatlas.core.ContributedOverlay;
import org.endpointatlas.core.EffectiveCatalog;
import org.endpointatlas.core.EffectiveEndpoint;
import org.endpointatlas.core.Selection;
import org.endpointatlas.core.InvalidSelectionException;
import org.junit.jupiter.api.Test;

class ComposerImplTest {

	private static final CatalogFactory F = CatalogFactory.eINSTANCE;
	private final FixedRegistry registry = new FixedRegistry();
	private final List<ContributedCatalog> catalogs = registry.catalogs;
	private final List<ContributedOverlay> cloudOverlays = registry.cloudOverlays;

	private FeatureArea area(String id, String bundle) {
		Catalog catalog = F.createCatalog();
		catalog.setId(id);
		catalog.setVersion("1");
		FeatureArea area = F.createFeatureArea();
		area.setId(id);
		catalog.getAreas().add(area);
		catalogs.add(new ContributedCatalog(catalog, bundle, ContributedCatalog.Kind.BUNDLE));
		return area;
	}

	private static Endpoint endpoint(FeatureArea area, String pattern, Scheme scheme, int port, String document, String... roles) {
		Endpoint endpoint = F.createEndpoint();
		endpoint.setPattern(pattern);
		endpoint.setScheme(scheme);
		if (port > 0) {
			PortRange range = F.createPortRange();
			range.setFrom(port);
			endpoint.getPorts().add(range);
		}
		SourceRef source = F.createSourceRef();
		source.setDocument(document);
		source.setSection(area.getId());
		endpoint.getSources().add(source);
		endpoint.getRoles().addAll(List.of(roles));
		area.getEndpoints().add(endpoint);
		return endpoint;
	}

	private EffectiveCatalog compose(Selection selection) {
		return new ComposerImpl(registry).compose(selection);
	}

	@Test
	void sameHostSchemeAndPortFromTwoAreasIsOneEntryWithBothProvenances() {
		endpoint(area("url-forwarding", "bundle.a"), "go.microsoft.com", Scheme.HTTPS, 443, "doc-a");
		endpoint(area("updates-and-servicing", "bundle.b"), "go.microsoft.com", Scheme.HTTPS, 0, "doc-b", "service-connection-point");
		EffectiveCatalog catalog = compose(Selection.all());
		assertEquals(1, catalog.getEndpoints().size(), "https without a port means 443: the same entry");
		EffectiveEndpoint entry = catalog.getEndpoints().get(0);
		assertEquals(List.of("url-forwarding", "updates-and-servicing"), new ArrayList<>(entry.getAreaIds()));
		assertEquals(List.of("doc-a", "doc-b"), entry.getSources().stream().map(SourceRef::getDocument).collect(Collectors.toList()));
		assertEquals(List.of("bundle.a", "bundle.b"), entry.getProvenance().stream().map(p -> p.getCatalog().getOrigin()).collect(Collectors.toList()));
	}

	/**
	 * A catalog large enough for the parallel sort (over 8,192 entries), with each key repeated across areas and far
	 * apart, against the plain definition: unique keys in catalog order, sorted by pattern, scheme, ports and path; each
	 * with its areas in catalog order, the first as representative, and the most current status.
	 */
	@Test
	void mergingLargeCatalogsKeepsTheCatalogOrderOfEveryKeysEntries() {
		java.util.Random random = new java.util.Random(7);
		List<FeatureArea> areas = List.of(area("a", "bundle.a"), area("b", "bundle.b"), area("c", "bundle.c"));
		java.util.Map<String, List<Endpoint>> byKey = new java.util.LinkedHashMap<>();
		for (int i = 0; i < 12_000; i++) {
			FeatureArea area = areas.get(random.nextInt(areas.size()));
			Scheme scheme = random.nextBoolean() ? Scheme.HTTPS : Scheme.ANY;
			Endpoint endpoint = endpoint(area, "h" + random.nextInt(3_000) + ".example.com", scheme, random.nextInt(3) == 0 ? 8443 : 0, "d");
			if (scheme == Scheme.ANY && random.nextInt(4) == 0) {
				PortRange second = F.createPortRange();
				second.setFrom(80);
				endpoint.getPorts().add(second);
			}
			endpoint.setStatus(random.nextInt(5) == 0 ? Status.DEPRECATED : Status.ACTIVE);
		}
		// catalog order: the registry's catalogs in turn, each area's entries as listed
		for (FeatureArea area : areas) {
			for (Endpoint endpoint : area.getEndpoints()) {
				String key = endpoint.getPattern() + " " + endpoint.getScheme() + " " + EntryKeys.portsOf(endpoint);
				byKey.computeIfAbsent(key, k -> new ArrayList<>()).add(endpoint);
			}
		}
		List<EffectiveEndpoint> entries = compose(Selection.all()).getEndpoints();
		List<List<Endpoint>> expected = new ArrayList<>(byKey.values());
		expected.sort(java.util.Comparator.comparing((List<Endpoint> e) -> e.get(0).getPattern()).thenComparing(e -> e.get(0).getScheme())
				.thenComparing(e -> EntryKeys.portsOf(e.get(0)).toString()));
		assertEquals(expected.size(), entries.size());
		for (int i = 0; i < entries.size(); i++) {
			List<Endpoint> sameKey = expected.get(i);
			EffectiveEndpoint entry = entries.get(i);
			assertEquals(sameKey, entry.getProvenance().stream().map(p -> p.getEndpoint()).collect(Collectors.toList()), entry.toString());
			assertEquals(sameKey.get(0), entry.getRepresentative());
			assertEquals(sameKey.stream().anyMatch(e -> e.getStatus() == Status.ACTIVE) ? Status.ACTIVE : Status.DEPRECATED, entry.getStatus());
		}
	}

	@Test
	void deduplicationIgnoresCaseButKeepsSchemePortAndPathApart() {
		FeatureArea area = area("a", "bundle.a");
		endpoint(area, "download.microsoft.com", Scheme.HTTPS, 443, "d");
		endpoint(area, "download.microsoft.com", Scheme.HTTP, 80, "d");
		endpoint(area, "download.microsoft.com", Scheme.HTTPS, 8443, "d");
		endpoint(area, "Download.Microsoft.COM", Scheme.HTTPS, 443, "d");
		Endpoint withPath = endpoint(area, "go.microsoft.com", Scheme.HTTPS, 443, "d");
		withPath.setPathAndQuery("/fwlink/?LinkID=619849");
		endpoint(area, "go.microsoft.com", Scheme.HTTPS, 443, "d");
		EffectiveCatalog catalog = compose(Selection.all());
		List<String> entries = catalog.getEndpoints().stream().map(EffectiveEndpoint::toString).collect(Collectors.toList());
		assertEquals(5, entries.size(), entries.toString());
		assertTrue(patterns(catalog).stream().allMatch(p -> p.equals(p.toLowerCase())), entries.toString());
	}

	@Test
	void retiredEntriesAndAreasNeedIncludeRetired() {
		FeatureArea area = area("a", "bundle.a");
		endpoint(area, "old.example.com", Scheme.HTTPS, 443, "d").setStatus(Status.RETIRED);
		endpoint(area, "new.example.com", Scheme.HTTPS, 443, "d");
		FeatureArea gone = area("gone", "bundle.g");
		gone.setStatus(Status.RETIRED);
		endpoint(gone, "gone.example.com", Scheme.HTTPS, 443, "d");
		assertEquals(List.of("new.example.com"), patterns(compose(Selection.all())));
		assertEquals(List.of("gone.example.com", "new.example.com", "old.example.com"),
				patterns(compose(Selection.builder().includeRetired(true).build())));
	}

	@Test
	void areaAndRoleFiltersSelect() {
		endpoint(area("a", "bundle.a"), "a.example.com", Scheme.HTTPS, 443, "d", "client");
		FeatureArea b = area("b", "bundle.b");
		endpoint(b, "b.example.com", Scheme.HTTPS, 443, "d", "console");
		endpoint(b, "everyone.example.com", Scheme.HTTPS, 443, "d");
		assertEquals(List.of("b.example.com", "everyone.example.com"), patterns(compose(Selection.builder().area("b").build())));
		assertEquals(List.of("a.example.com", "everyone.example.com"), patterns(compose(Selection.builder().role("client").build())));
	}

	@Test
	void unknownAreaOrRoleIsAnErrorThatListsTheKnownOnes() {
		area("a", "bundle.a");
		InvalidSelectionException e = assertThrows(InvalidSelectionException.class, () -> compose(Selection.builder().area("nope").build()));
		assertTrue(e.getMessage().contains("unknown area \"nope\" (known: a)"), e.getMessage());
		assertThrows(InvalidSelectionException.class, () -> compose(Selection.builder().role("nobody").build()));
	}

	private static List<String> patterns(EffectiveCatalog catalog) {
		return catalog.getEndpoints().stream().map(EffectiveEndpoint::getPattern).collect(Collectors.toList());
	}
}
