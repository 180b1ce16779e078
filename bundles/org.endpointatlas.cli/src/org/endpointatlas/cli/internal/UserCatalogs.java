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
import org.endpointatlas.core.ContributedOverlay;
import org.endpointatlas.core.io.CatalogFiles;
import org.endpointatlas.core.io.CatalogLoadException;

/**
 * The user's catalogs and overlays: the {@code --catalog FILE} and {@code --overlay FILE} arguments and every
 * {@code *.catalog}, {@code *.xmi} or {@code *.overlay} file in the user-catalog home ({@code ~/.endpoint-atlas/}, or
 * {@code --home DIR}), which the workbench reads too.
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

	/** The overlays of the user-catalog home (sorted by name), then the {@code --overlay} files in command-line order. */
	static List<ContributedOverlay> loadOverlays(Arguments arguments) throws UsageException, CatalogLoadException {
		List<Path> files = new ArrayList<>(filesIn(home(arguments), ".overlay"));
		arguments.all("--overlay").forEach(f -> files.add(Path.of(f)));
		List<ContributedOverlay> overlays = new ArrayList<>();
		for (Path file : files) {
			overlays.add(ContributedOverlay.file(CatalogFiles.loadOverlay(file), file.toString()));
		}
		return overlays;
	}

	private static List<Path> filesIn(Path home) throws UsageException {
		return filesIn(home, ".catalog", ".xmi");
	}

	private static List<Path> filesIn(Path home, String... extensions) throws UsageException {
		if (!Files.isDirectory(home)) {
			return List.of();
		}
		try (Stream<Path> entries = Files.list(home)) {
			return entries.filter(f -> hasExtension(f, extensions)).sorted().collect(Collectors.toList());
		} catch (IOException e) {
			throw new UsageException(home + ": cannot list the user-catalog home: " + e.getMessage());
		}
	}

	private static boolean hasExtension(Path file, String... extensions) {
		String name = file.getFileName().toString();
		return Files.isRegularFile(file) && java.util.Arrays.stream(extensions).anyMatch(name::endsWith);
	}
}
