package org.endpointatlas.catalog.fidelity.tests;

import static org.junit.jupiter.api.Assertions.fail;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Collectors;

import org.endpointatlas.catalog.fidelity.tests.ReferenceData.Exclusion;
import org.endpointatlas.catalog.fidelity.tests.ReferenceData.SectionRow;
import org.endpointatlas.catalog.model.Cloud;
import org.endpointatlas.catalog.model.Endpoint;
import org.endpointatlas.catalog.model.FeatureArea;
import org.endpointatlas.core.EffectiveCatalog;
import org.endpointatlas.core.EffectiveEndpoint;
import org.junit.jupiter.api.Test;

/**
 * The fidelity test of issue 3: every entry of the reference documents is an endpoint of the built-in catalog, in the
 * area that {@code fidelity/sections.txt} maps its section to, unless {@code fidelity/exclusions.txt} leaves it out
 * with a reason. All misses are reported in one failure, grouped by area, so that a changed Microsoft page shows at
 * once what the catalog needs.
 *
 * <p>
 * The sections of the sovereign-cloud pages map to clouds ({@code cloud:us-gov}) instead of areas: every entry of them
 * is an endpoint of the effective catalog of that cloud (every area, retired ones included, with the cloud's built-in
 * overlay applied, as {@code --cloud} composes it), in whatever area the overlay put it.
 *
 * <p>
 * An endpoint matches an entry when
 * <ul>
 * <li>its pattern equals the entry's host, ignoring case, with every {@code {placeholder}} name ignored (the documents'
 * {@code <prefix>} is {@code {prefix}}, but the catalog may name it differently);
 * <li>its scheme is the URL's scheme, when the document gives a URL (the http/https pairs of software updates are two
 * entries);
 * <li>its path and query are the URL's, verbatim (blob and CDN paths are case-sensitive), and it has none when the
 * document gives none (a whole host is not allowed by a path-restricted endpoint);
 * <li>its ports include the URL's explicit port, if any (no ports means the scheme's default);
 * <li>it is not an {@code example}: a document entry is a requirement.
 * </ul>
 */
class CatalogFidelityTest {

	@Test
	void everyDocumentEntryIsAnEndpointOfItsMappedArea() throws Exception {
		BuiltInCatalog catalog = BuiltInCatalog.load();
		Map<String, SectionRow> sections = sections();
		List<Exclusion> exclusions = ReferenceData.exclusions();

		Map<String, List<String>> missesByArea = new TreeMap<>();
		int checked = 0;
		for (DocumentEntry entry : ReferenceData.allEntries()) {
			if (exclusions.stream().anyMatch(x -> x.covers(entry))) {
				continue;
			}
			SectionRow row = sections.get(ReferenceData.key(entry.document(), entry.section()));
			if (row != null && row.mapsToClouds()) {
				continue; // everySovereignEntryIsAnEndpointOfItsCloud
			}
			String area = row == null ? "(section not in " + ReferenceData.SECTIONS + ")" : row.area();
			String miss = null;
			if (row == null || row.area().equals(ReferenceData.NO_AREA)) {
				miss = "the section maps to no area and the entry is not excluded";
			} else if (!catalog.areas.containsKey(row.area())) {
				miss = "area " + row.area() + " is not in the catalog";
			} else {
				checked++;
				miss = mismatch(entry, catalog.areas.get(row.area()));
			}
			if (miss != null) {
				missesByArea.computeIfAbsent(area, k -> new ArrayList<>()).add(line(area, entry, miss));
			}
		}

		int misses = missesByArea.values().stream().mapToInt(List::size).sum();
		System.out.println("Fidelity: " + checked + " document entries checked against " + catalog.areas.size()
				+ " areas from " + catalog.announcingBundles.size() + " area bundles; " + misses + " misses");
		report(misses + " document entries are not in the built-in catalog as documented (" + checked + " checked against "
				+ catalog.areas.size() + " areas from " + catalog.announcingBundles.size() + " area bundles).\n"
				+ "area | entry | document | section | what is wrong\n", missesByArea, catalog);
	}

	/**
	 * The sections mapped to {@code cloud:...}: every entry is an endpoint of the effective catalog of each cloud. An
	 * exclusion of such an entry must still be needed: an excluded entry that the cloud's catalog has is reported too,
	 * so that the exclusion is dropped when the overlay catches up with the page.
	 */
	@Test
	void everySovereignEntryIsAnEndpointOfItsCloud() throws Exception {
		BuiltInCatalog catalog = BuiltInCatalog.load();
		Map<String, SectionRow> sections = sections();
		List<Exclusion> exclusions = ReferenceData.exclusions();
		Map<Cloud, EffectiveCatalog> effective = new TreeMap<>();

		Map<String, List<String>> missesByCloud = new TreeMap<>();
		Map<String, Integer> checkedByCloud = new TreeMap<>();
		for (DocumentEntry entry : ReferenceData.allEntries()) {
			SectionRow row = sections.get(ReferenceData.key(entry.document(), entry.section()));
			if (row == null || !row.mapsToClouds()) {
				continue; // everyDocumentEntryIsAnEndpointOfItsMappedArea
			}
			Optional<Exclusion> exclusion = exclusions.stream().filter(x -> x.covers(entry)).findFirst();
			for (Cloud cloud : row.clouds()) {
				String label = ReferenceData.CLOUD_PREFIX + cloud.getLiteral();
				String miss;
				if (!catalog.overlays.containsKey(cloud)) {
					miss = "no built-in overlay for cloud " + cloud.getLiteral() + " (overlay bundles: "
							+ String.join(", ", catalog.overlayBundles) + ")";
				} else {
					if (!effective.containsKey(cloud)) {
						effective.put(cloud, catalog.compose(cloud));
					}
					miss = mismatch(entry, effective.get(cloud));
					if (exclusion.isPresent()) {
						miss = miss != null ? null
								: "excluded (" + ReferenceData.EXCLUSIONS + ":" + exclusion.get().line()
										+ "), but the effective catalog has it: drop the exclusion";
					} else {
						checkedByCloud.merge(label, 1, Integer::sum);
					}
				}
				if (miss != null) {
					missesByCloud.computeIfAbsent(label, k -> new ArrayList<>()).add(line(label, entry, miss));
				}
			}
		}

		int misses = missesByCloud.values().stream().mapToInt(List::size).sum();
		String checked = checkedByCloud.entrySet().stream().map(e -> e.getValue() + " for " + e.getKey())
				.collect(Collectors.joining(", "));
		String overlays = catalog.overlays.entrySet().stream()
				.map(e -> e.getKey().getLiteral() + ": " + String.join(", ", e.getValue())).collect(Collectors.joining("; "));
		System.out.println("Sovereign fidelity: document entries checked against the effective catalog of their cloud: "
				+ (checked.isEmpty() ? "none" : checked) + " (overlays " + overlays + "); " + misses + " misses");
		report(misses + " document entries of the sovereign-cloud pages are not in the effective catalog of their cloud as"
				+ " documented (checked: " + (checked.isEmpty() ? "none" : checked) + "; overlays " + overlays + ").\n"
				+ "cloud | entry | document | section | what is wrong\n", missesByCloud, catalog);
	}

	private static Map<String, SectionRow> sections() {
		return ReferenceData.sections().stream().collect(Collectors.toMap(SectionRow::key, r -> r, (a, b) -> a));
	}

	private static String line(String group, DocumentEntry entry, String miss) {
		return group + " | " + entry.text() + " | " + entry.document() + " | \"" + entry.section() + "\" line " + entry.line()
				+ " | " + miss;
	}

	/** Fails with the misses, grouped, and the catalog problems, if there are any. */
	private static void report(String heading, Map<String, List<String>> missesByGroup, BuiltInCatalog catalog) {
		StringBuilder report = new StringBuilder();
		if (missesByGroup.values().stream().anyMatch(l -> !l.isEmpty())) {
			report.append(heading);
			missesByGroup.forEach((group, lines) -> lines.forEach(l -> report.append(l).append('\n')));
		}
		if (!catalog.problems.isEmpty()) {
			report.append("Catalog problems:\n");
			catalog.problems.forEach(p -> report.append("  ").append(p).append('\n'));
		}
		if (report.length() > 0) {
			fail(report.toString());
		}
	}

	/** An endpoint as the matching rules see it, from an area's {@link Endpoint} or an {@link EffectiveEndpoint}. */
	record Candidate(String pattern, String scheme, String pathAndQuery, List<Port> ports, boolean example) {

		static Candidate of(Endpoint endpoint) {
			return new Candidate(endpoint.getPattern(), endpoint.getScheme().getLiteral(), endpoint.getPathAndQuery(),
					endpoint.getPorts().stream().map(p -> new Port(p.getTransport().getLiteral(), p.getFrom(), p.getTo())).toList(),
					endpoint.isExample());
		}

		/** Its ports are the explicit ones or the scheme's defaults; the composer leaves examples out. */
		static Candidate of(EffectiveEndpoint endpoint) {
			return new Candidate(endpoint.getPattern(), endpoint.getScheme().getLiteral(), endpoint.getPathAndQuery(),
					endpoint.getPorts().stream().map(p -> new Port(p.getTransport().getLiteral(), p.getFrom(), p.getTo())).toList(),
					false);
		}
	}

	/** A port or range; {@code to} is 0 or {@code from} for a single port. */
	record Port(String transport, int from, int to) {

		boolean covers(int port) {
			return from == port || to > 0 && from <= port && port <= to;
		}

		@Override
		public String toString() {
			return transport + " " + from + (to > 0 && to != from ? "-" + to : "");
		}
	}

	/** Why no endpoint of the area matches the entry, or {@code null} when one does. */
	static String mismatch(DocumentEntry entry, FeatureArea area) {
		return mismatch(entry, area.getEndpoints().stream().map(Candidate::of).toList());
	}

	/** Why no endpoint of the effective catalog matches the entry, or {@code null} when one does. */
	static String mismatch(DocumentEntry entry, EffectiveCatalog catalog) {
		return mismatch(entry, catalog.getEndpoints().stream().map(Candidate::of).toList());
	}

	static String mismatch(DocumentEntry entry, List<Candidate> endpoints) {
		List<Candidate> sameHost = endpoints.stream()
				.filter(e -> e.pattern() != null && normalised(e.pattern()).equals(normalised(entry.host()))).toList();
		if (sameHost.isEmpty()) {
			return "no endpoint with this pattern";
		}
		List<String> reasons = new ArrayList<>();
		for (Candidate endpoint : sameHost) {
			String reason = reason(entry, endpoint);
			if (reason == null) {
				return null;
			}
			reasons.add(reason);
		}
		return "the pattern is there, but " + String.join("; ", new LinkedHashSet<>(reasons));
	}

	private static String reason(DocumentEntry entry, Candidate endpoint) {
		if (entry.scheme() != null && !entry.scheme().equals(endpoint.scheme())) {
			return "scheme " + endpoint.scheme() + " (document: " + entry.scheme() + ")";
		}
		String path = endpoint.pathAndQuery() == null || endpoint.pathAndQuery().isEmpty()
				|| endpoint.pathAndQuery().equals("/") ? null : endpoint.pathAndQuery();
		if (!Objects.equals(entry.path(), path)) {
			return "pathAndQuery " + (path == null ? "none" : path) + " (document: "
					+ (entry.path() == null ? "none" : entry.path()) + ")";
		}
		if (entry.port() != null && !endpoint.ports().isEmpty()
				&& endpoint.ports().stream().noneMatch(p -> p.covers(entry.port()))) {
			return "ports " + endpoint.ports().stream().map(Port::toString).collect(Collectors.joining(", ")) + " (document: "
					+ entry.port() + ")";
		}
		if (endpoint.example()) {
			return "it is marked example (the document gives it as a requirement)";
		}
		return null;
	}

	/** Lowercase, and {@code {any-name}} as {@code {}}. */
	static String normalised(String pattern) {
		return pattern.toLowerCase(Locale.ROOT).replaceAll("\\{[^}]*\\}", "{}");
	}
}
