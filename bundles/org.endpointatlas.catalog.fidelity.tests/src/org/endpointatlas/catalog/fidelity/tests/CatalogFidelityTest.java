package org.endpointatlas.catalog.fidelity.tests;

import static org.junit.jupiter.api.Assertions.fail;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.stream.Collectors;

import org.endpointatlas.catalog.fidelity.tests.ReferenceData.Exclusion;
import org.endpointatlas.catalog.fidelity.tests.ReferenceData.SectionRow;
import org.endpointatlas.catalog.model.Endpoint;
import org.endpointatlas.catalog.model.FeatureArea;
import org.endpointatlas.catalog.model.PortRange;
import org.junit.jupiter.api.Test;

/**
 * The fidelity test of issue 3: every entry of the reference documents is an endpoint of the built-in catalog, in the
 * area that {@code fidelity/sections.txt} maps its section to, unless {@code fidelity/exclusions.txt} leaves it out
 * with a reason. All misses are reported in one failure, grouped by area, so that a changed Microsoft page shows at
 * once what the catalog needs.
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
		Map<String, SectionRow> sections = ReferenceData.sections().stream()
				.collect(Collectors.toMap(SectionRow::key, r -> r, (a, b) -> a));
		List<Exclusion> exclusions = ReferenceData.exclusions();

		Map<String, List<String>> missesByArea = new TreeMap<>();
		int checked = 0;
		for (DocumentEntry entry : ReferenceData.allEntries()) {
			if (exclusions.stream().anyMatch(x -> x.covers(entry))) {
				continue;
			}
			SectionRow row = sections.get(ReferenceData.key(entry.document(), entry.section()));
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
				missesByArea.computeIfAbsent(area, k -> new ArrayList<>())
						.add(area + " | " + entry.text() + " | " + entry.document() + " | \"" + entry.section() + "\" line "
								+ entry.line() + " | " + miss);
			}
		}

		StringBuilder report = new StringBuilder();
		int misses = missesByArea.values().stream().mapToInt(List::size).sum();
		System.out.println("Fidelity: " + checked + " document entries checked against " + catalog.areas.size()
				+ " areas from " + catalog.announcingBundles.size() + " area bundles; " + misses + " misses");
		if (misses > 0) {
			report.append(misses).append(" document entries are not in the built-in catalog as documented (").append(checked)
					.append(" checked against ").append(catalog.areas.size()).append(" areas from ")
					.append(catalog.announcingBundles.size()).append(" area bundles).\n")
					.append("area | entry | document | section | what is wrong\n");
			missesByArea.forEach((area, lines) -> lines.forEach(l -> report.append(l).append('\n')));
		}
		if (!catalog.problems.isEmpty()) {
			report.append("Catalog problems:\n");
			catalog.problems.forEach(p -> report.append("  ").append(p).append('\n'));
		}
		if (report.length() > 0) {
			fail(report.toString());
		}
	}

	/** Why no endpoint of the area matches the entry, or {@code null} when one does. */
	static String mismatch(DocumentEntry entry, FeatureArea area) {
		List<Endpoint> sameHost = area.getEndpoints().stream()
				.filter(e -> e.getPattern() != null && normalised(e.getPattern()).equals(normalised(entry.host()))).toList();
		if (sameHost.isEmpty()) {
			return "no endpoint with this pattern";
		}
		List<String> reasons = new ArrayList<>();
		for (Endpoint endpoint : sameHost) {
			String reason = reason(entry, endpoint);
			if (reason == null) {
				return null;
			}
			reasons.add(reason);
		}
		return "the pattern is there, but " + String.join("; ", new LinkedHashSet<>(reasons));
	}

	private static String reason(DocumentEntry entry, Endpoint endpoint) {
		if (entry.scheme() != null && !entry.scheme().equals(endpoint.getScheme().getLiteral())) {
			return "scheme " + endpoint.getScheme().getLiteral() + " (document: " + entry.scheme() + ")";
		}
		String path = endpoint.getPathAndQuery() == null || endpoint.getPathAndQuery().isEmpty()
				|| endpoint.getPathAndQuery().equals("/") ? null : endpoint.getPathAndQuery();
		if (!Objects.equals(entry.path(), path)) {
			return "pathAndQuery " + (path == null ? "none" : path) + " (document: "
					+ (entry.path() == null ? "none" : entry.path()) + ")";
		}
		if (entry.port() != null && !endpoint.getPorts().isEmpty()
				&& endpoint.getPorts().stream().noneMatch(p -> covers(p, entry.port()))) {
			return "ports " + endpoint.getPorts().stream().map(p -> p.getTransport().getLiteral() + " " + p.getFrom()
					+ (p.getTo() > 0 ? "-" + p.getTo() : "")).collect(Collectors.joining(", ")) + " (document: " + entry.port()
					+ ")";
		}
		if (endpoint.isExample()) {
			return "it is marked example (the document gives it as a requirement)";
		}
		return null;
	}

	private static boolean covers(PortRange range, int port) {
		return range.getFrom() == port || range.getTo() > 0 && range.getFrom() <= port && port <= range.getTo();
	}

	/** Lowercase, and {@code {any-name}} as {@code {}}. */
	static String normalised(String pattern) {
		return pattern.toLowerCase(Locale.ROOT).replaceAll("\\{[^}]*\\}", "{}");
	}
}
