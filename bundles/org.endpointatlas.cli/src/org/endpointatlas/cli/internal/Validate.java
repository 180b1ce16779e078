package org.endpointatlas.cli.internal;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.endpointatlas.catalog.model.Overlay;
import org.endpointatlas.core.Composer;
import org.endpointatlas.core.ContributedOverlay;
import org.endpointatlas.core.InvalidSelectionException;
import org.endpointatlas.core.Selection;
import org.endpointatlas.core.io.CatalogFiles;
import org.endpointatlas.core.io.CatalogLoadException;
import org.endpointatlas.core.lint.LintService;
import org.endpointatlas.core.lint.Problem;

/** {@code validate FILE...}: load errors and lint errors make the answer negative (1); warnings do not. */
final class Validate {

	private final PrintStream err;
	private final LintService lint;
	private final Composer composer;

	Validate(PrintStream err, LintService lint, Composer composer) {
		this.err = err;
		this.lint = lint;
		this.composer = composer;
	}

	int run(List<String> files, PrintStream out) throws UsageException {
		if (files.isEmpty()) {
			throw new UsageException("validate needs at least one FILE");
		}
		int errors = 0;
		int warnings = 0;
		for (String file : files) {
			Path path = Path.of(file);
			try {
				EObject root = file.endsWith(".overlay") ? CatalogFiles.loadOverlay(path) : CatalogFiles.loadCatalog(path);
				if (root instanceof Overlay) {
					errors += applies((Overlay) root, file, out);
				}
				for (Problem problem : lint.lint(root, file)) {
					out.println(problem);
					if (problem.isError()) {
						errors++;
					} else {
						warnings++;
					}
				}
			} catch (CatalogLoadException e) {
				out.println(e.getMessage().replaceFirst(": ", ": error: "));
				errors++;
			}
		}
		err.println(files.size() + " file(s): " + errors + " error(s), " + warnings + " warning(s)");
		return errors > 0 ? 1 : 0;
	}

	/** An overlay is valid only if it applies to the built-in catalog of its cloud: 1 error if it does not. */
	private int applies(Overlay overlay, String file, PrintStream out) {
		try {
			composer.compose(Selection.builder().cloud(overlay.getCloud()).overlay(ContributedOverlay.file(overlay, file)).build());
			return 0;
		} catch (InvalidSelectionException e) {
			out.println(e.getMessage().replaceFirst(": ", ": error: "));
			return 1;
		}
	}
}
