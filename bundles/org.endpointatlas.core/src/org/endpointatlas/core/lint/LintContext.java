package org.endpointatlas.core.lint;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.endpointatlas.catalog.model.Catalog;
import org.endpointatlas.core.ContributedCatalog;

/** What a file may refer to besides its own content: the ids of the other catalogs, areas, roles and parameters. */
public final class LintContext {

	private final Set<String> catalogAndAreaIds = new HashSet<>();
	private final Set<String> roleIds = new HashSet<>();
	private final Set<String> parameterNames = new HashSet<>();

	/** Nothing outside the file is known. */
	public static LintContext empty() {
		return new LintContext();
	}

	/** Everything the given catalogs define (typically the registry's). */
	public static LintContext of(List<ContributedCatalog> catalogs) {
		LintContext context = new LintContext();
		catalogs.forEach(c -> context.add(c.getCatalog()));
		return context;
	}

	void add(Catalog catalog) {
		catalogAndAreaIds.add(catalog.getId());
		catalog.getAreas().forEach(a -> catalogAndAreaIds.add(a.getId()));
		catalog.getRoles().forEach(r -> roleIds.add(r.getId()));
		catalog.getParameters().forEach(p -> parameterNames.add(p.getName()));
	}

	boolean knowsArea(String id) {
		return catalogAndAreaIds.contains(id);
	}

	boolean knowsRole(String id) {
		return roleIds.contains(id);
	}

	boolean knowsParameter(String name) {
		return parameterNames.contains(name);
	}
}
