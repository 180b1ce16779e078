package org.endpointatlas.core.lint;

import java.util.List;

import org.eclipse.emf.ecore.EObject;

/** Lints catalogs and overlays against everything the registry knows (for {@code validate} and the editors). */
public interface LintService {

	List<Problem> lint(EObject root, String file);
}
