package org.endpointatlas.cli.internal;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.endpointatlas.core.io.CatalogFiles;
import org.endpointatlas.core.io.CatalogLoadException;
import org.endpointatlas.core.lint.LintService;
import org.endpointatlas.core.lint.Problem;

/** {@code validate FILE...}: load errors and lint errors make the answer negative (1); warnings do not. */
final class Validate {

	private final PrintStream err;
	private final LintService lint;

	Validate(PrintStream err, LintService lint) {
		this.err = err;
		this.lint = lint;
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
}
