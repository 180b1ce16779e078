package org.endpointatlas.integration.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.ArrayList;
import java.util.List;

import org.endpointatlas.core.CatalogRegistry;
import org.endpointatlas.core.ContributedCatalog;
import org.endpointatlas.core.lint.LintService;
import org.endpointatlas.core.lint.Problem;
import org.junit.jupiter.api.Test;

/** The built-in catalog lints with no errors (warnings, such as wildcards over private suffixes, are expected). */
class BuiltInCatalogLintTest {

	@Test
	void builtInCatalogHasNoLintErrors() throws Exception {
		Services.startAreaBundles();
		CatalogRegistry registry = Services.get(CatalogRegistry.class);
		Services.waitUntil(() -> registry.getCatalogs().size() >= 2, "the built-in areas are registered");
		LintService lint = Services.get(LintService.class);
		List<Problem> errors = new ArrayList<>();
		List<Problem> all = new ArrayList<>();
		for (ContributedCatalog catalog : registry.getCatalogs()) {
			for (Problem problem : lint.lint(catalog.getCatalog(), catalog.getOrigin())) {
				all.add(problem);
				if (problem.isError()) {
					errors.add(problem);
				}
			}
		}
		assertEquals(List.of(), errors);
		assertFalse(all.stream().noneMatch(p -> p.getMessage().contains("*.akamaiedge.net") && p.getLine() > 0),
				"the private-suffix warning for *.akamaiedge.net names its line: " + all);
	}
}
