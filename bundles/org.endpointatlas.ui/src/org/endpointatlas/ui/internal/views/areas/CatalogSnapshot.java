package org.endpointatlas.ui.internal.views.areas;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.endpointatlas.core.ContributedArea;
import org.endpointatlas.core.ContributedCatalog;
import org.endpointatlas.core.EffectiveCatalog;
import org.endpointatlas.core.EffectiveEndpoint;

/**
 * What the Areas view shows, computed off the UI thread: the contributors with their areas sorted by origin and id,
 * and a one-line summary (or the reason there is nothing to show).
 */
final class CatalogSnapshot {

	private final List<ContributorNode> contributors;
	private final String summary;

	private CatalogSnapshot(List<ContributorNode> contributors, String summary) {
		this.contributors = List.copyOf(contributors);
		this.summary = summary;
	}

	static CatalogSnapshot empty(String reason) {
		return new CatalogSnapshot(List.of(), reason);
	}

	static CatalogSnapshot of(EffectiveCatalog catalog) {
		Map<String, List<AreaNode>> areasByOrigin = new LinkedHashMap<>();
		Map<String, ContributedCatalog.Kind> kinds = new LinkedHashMap<>();
		for (ContributedArea area : sorted(catalog.getAreas())) {
			String origin = area.getCatalog().getOrigin();
			kinds.putIfAbsent(origin, area.getCatalog().getKind());
			areasByOrigin.computeIfAbsent(origin, o -> new ArrayList<>()).add(new AreaNode(area, endpointsOf(area, catalog)));
		}
		List<ContributorNode> contributors = areasByOrigin.entrySet().stream()
				.map(e -> new ContributorNode(e.getKey(), kinds.get(e.getKey()), e.getValue())).collect(Collectors.toList());
		return new CatalogSnapshot(contributors, summary(contributors, catalog));
	}

	List<ContributorNode> getContributors() {
		return contributors;
	}

	String getSummary() {
		return summary;
	}

	private static List<ContributedArea> sorted(List<ContributedArea> areas) {
		return areas.stream().sorted(Comparator.comparing((ContributedArea a) -> a.getCatalog().getOrigin())
				.thenComparing(ContributedArea::getId)).collect(Collectors.toList());
	}

	/** The entries this very area (not another one with the same id) brings in. */
	private static List<EffectiveEndpoint> endpointsOf(ContributedArea area, EffectiveCatalog catalog) {
		return catalog.getEndpoints().stream()
				.filter(e -> e.getProvenance().stream().anyMatch(p -> p.getArea() == area.getArea()))
				.collect(Collectors.toList());
	}

	private static String summary(List<ContributorNode> contributors, EffectiveCatalog catalog) {
		int areas = contributors.stream().mapToInt(c -> c.getAreas().size()).sum();
		String text = areas + (areas == 1 ? " area" : " areas") + " from " + contributors.size()
				+ (contributors.size() == 1 ? " contributor" : " contributors") + ", " + catalog.getEndpoints().size()
				+ " unique endpoints";
		if (!catalog.getWarnings().isEmpty()) {
			text += "; " + String.join("; ", catalog.getWarnings());
		}
		return text;
	}
}
