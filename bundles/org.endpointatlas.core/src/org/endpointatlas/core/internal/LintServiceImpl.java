package org.endpointatlas.core.internal;

import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.endpointatlas.core.CatalogRegistry;
import org.endpointatlas.core.lint.LintContext;
import org.endpointatlas.core.lint.LintService;
import org.endpointatlas.core.lint.Linter;
import org.endpointatlas.core.lint.Problem;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** The {@link Linter} with the registry's catalogs as context, so references to built-in ids are not dangling. */
@Component(service = LintService.class)
public class LintServiceImpl implements LintService {

	@Reference
	private CatalogRegistry registry;

	@Override
	public List<Problem> lint(EObject root, String file) {
		return Linter.lint(root, file, LintContext.of(registry.getCatalogs()));
	}
}
