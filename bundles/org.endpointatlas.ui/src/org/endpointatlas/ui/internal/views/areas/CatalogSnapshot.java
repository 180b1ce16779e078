package org.endpointatlas.ui.internal.views.areas;

import java.nio.file.Path;
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
 * What the Areas view shows, computed off the UI thread: "My catalogs" (the files of the user-catalog home, with
 * their areas), the contributors with their areas sorted by origin and id, and a one-line summary (or the reason
 * there is nothing to show).
 */
final class CatalogSnapshot {

	/** A file of the user-catalog home as the loader found it: loaded, or with its load error. */
	static final class UserFile {
		final Path file;
		final UserFileNode.Kind kind;
		final String problem;

		UserFile(Path file, UserFileNode.Kind kind, String problem) {
			this.file = file;
			this.kind = kind;
			this.problem = problem;
		}
	}

	private final UserCatalogsNode userCatalogs;
	private final List<ContributorNode> contributors;
	private final String summary;
	private EffectiveCatalog catalog;

	private CatalogSnapshot(UserCatalogsNode userCatalogs, List<ContributorNode> contributors, String summary) {
		this.userCatalogs = userCatalogs;
		this.contributors = List.copyOf(contributors);
		this.summary = summary;
	}

	static CatalogSnapshot empty(String reason) {
		return new CatalogSnapshot(null, List.of(), reason);
	}

	static CatalogSnapshot of(EffectiveCatalog catalog) {
		return of(catalog, null, List.of(), null);
	}

	/**
	 * @param home the user-catalog home, or {@code null} to show no "My catalogs" node
	 * @param note a problem worth the summary line (an overlay that does not apply), or {@code null}
	 */
	static CatalogSnapshot of(EffectiveCatalog catalog, Path home, List<UserFile> files, String note) {
		Map<String, List<AreaNode>> areasByOrigin = new LinkedHashMap<>();
		Map<String, ContributedCatalog.Kind> kinds = new LinkedHashMap<>();
		for (ContributedArea area : sorted(catalog.getAreas())) {
			String origin = area.getCatalog().getOrigin();
			kinds.putIfAbsent(origin, area.getCatalog().getKind());
			areasByOrigin.computeIfAbsent(origin, o -> new ArrayList<>()).add(new AreaNode(area, endpointsOf(area, catalog)));
		}
		List<UserFileNode> fileNodes = new ArrayList<>();
		for (UserFile file : files) {
			List<AreaNode> areas = areasByOrigin.getOrDefault(file.file.toString(), List.of());
			fileNodes.add(new UserFileNode(file.file, file.kind, areas, file.problem));
		}
		boolean inHome = home != null;
		List<ContributorNode> contributors = areasByOrigin.entrySet().stream()
				.filter(e -> !inHome || !isUserFile(kinds.get(e.getKey())))
				.map(e -> new ContributorNode(e.getKey(), kinds.get(e.getKey()), e.getValue())).collect(Collectors.toList());
		UserCatalogsNode userCatalogs = inHome ? new UserCatalogsNode(home, fileNodes) : null;
		CatalogSnapshot snapshot = new CatalogSnapshot(userCatalogs, contributors, summary(contributors, userCatalogs, catalog, note));
		snapshot.catalog = catalog;
		return snapshot;
	}

	private static boolean isUserFile(ContributedCatalog.Kind kind) {
		return kind == ContributedCatalog.Kind.FILE || kind == ContributedCatalog.Kind.OVERLAY;
	}

	/** "My catalogs", or {@code null} when the loader did not look at the user-catalog home. */
	UserCatalogsNode getUserCatalogs() {
		return userCatalogs;
	}

	List<ContributorNode> getContributors() {
		return contributors;
	}

	/** The effective catalog shown, or {@code null} when there is nothing to show. */
	EffectiveCatalog getCatalog() {
		return catalog;
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

	private static String summary(List<ContributorNode> contributors, UserCatalogsNode userCatalogs, EffectiveCatalog catalog, String note) {
		int areas = contributors.stream().mapToInt(c -> c.getAreas().size()).sum();
		String text = areas + (areas == 1 ? " area" : " areas") + " from " + contributors.size()
				+ (contributors.size() == 1 ? " contributor" : " contributors");
		if (userCatalogs != null && !userCatalogs.getFiles().isEmpty()) {
			int files = userCatalogs.getFiles().size();
			text += " and " + files + (files == 1 ? " file" : " files") + " of mine";
		}
		text += ", " + catalog.getEndpoints().size() + " unique endpoints";
		if (note != null) {
			text += "; " + note;
		}
		if (!catalog.getWarnings().isEmpty()) {
			text += "; " + String.join("; ", catalog.getWarnings());
		}
		return text;
	}
}
