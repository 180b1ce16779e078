package org.endpointatlas.cli.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.endpointatlas.catalog.model.Catalog;
import org.endpointatlas.core.ContributedCatalog;
import org.endpointatlas.core.io.CatalogFiles;
import org.endpointatlas.core.io.CatalogLoadException;

/**
 * The user's catalogs: the {@code --catalog FILE} arguments and every {@code *.catalog} or {@code *.xmi} file in the
 * user-catalog home ({@code ~/.endpoint-atlas/}, or {@code --home DIR}), which the workbench reads too.
 */
final class UserCatalogs {

	static final String HOME_PROPERTY = "endpointatlas.home";

	private UserCatalogs() {
	}

	static Path home(Arguments arguments) throws UsageException {
		return arguments.single("--home").map(Path::of).orElseGet(UserCatalogs::defaultHome);
	}

	/** {@code -Dendpointatlas.home}, else {@code $HOME/.endpoint-atlas} (as shells mean it), else the JVM's user.home. */
	static Path defaultHome() {
		String configured = System.getProperty(HOME_PROPERTY);
		if (configured != null) {
			return Path.of(configured);
		}
		String home = System.getenv("HOME");
		return Path.of(home != null && !home.isEmpty() ? home : System.getProperty("user.home"), ".endpoint-atlas");
	}

	static List<ContributedCatalog> load(Arguments arguments) throws UsageException, CatalogLoadException {
		List<Path> files = new ArrayList<>(filesIn(home(arguments)));
		arguments.all("--catalog").forEach(f -> files.add(Path.of(f)));
		List<ContributedCatalog> catalogs = new ArrayList<>();
		for (Path file : files) {
			Catalog catalog = CatalogFiles.loadCatalog(file);
			catalogs.add(new ContributedCatalog(catalog, file.toString(), ContributedCatalog.Kind.FILE));
		}
		return catalogs;
	}

	private static List<Path> filesIn(Path home) throws UsageException {
		if (!Files.isDirectory(home)) {
			return List.of();
		}
		try (Stream<Path> entries = Files.list(home)) {
			return entries.filter(UserCatalogs::isCatalogFile).sorted().collect(Collectors.toList());
		} catch (IOException e) {
			throw new UsageException(home + ": cannot list the user-catalog home: " + e.getMessage());
		}
	}

	private static boolean isCatalogFile(Path file) {
		String name = file.getFileName().toString();
		return Files.isRegularFile(file) && (name.endsWith(".catalog") || name.endsWith(".xmi"));
	}
}
