package org.endpointatlas.cli.internal;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.endpointatlas.catalog.model.Catalog;
import org.endpointatlas.core.ContributedCatalog;
import org.endpointatlas.core.ContributedOverlay;
import org.endpointatlas.core.io.CatalogFiles;
import org.endpointatlas.core.io.CatalogLoadException;
import org.endpointatlas.core.io.UserCatalogHome;

/**
 * The user's catalogs and overlays: the {@code --catalog FILE} and {@code --overlay FILE} arguments and every
 * {@code *.catalog}, {@code *.xmi} or {@code *.overlay} file in the user-catalog home ({@code ~/.endpoint-atlas/}, or
 * {@code --home DIR}), which the workbench reads too.
 */
final class UserCatalogs {

	static final String HOME_PROPERTY = UserCatalogHome.HOME_PROPERTY;

	private UserCatalogs() {
	}

	static Path home(Arguments arguments) throws UsageException {
		return arguments.single("--home").map(Path::of).orElseGet(UserCatalogs::defaultHome);
	}

	/** {@code -Dendpointatlas.home}, else {@code $HOME/.endpoint-atlas} (as shells mean it), else the JVM's user.home. */
	static Path defaultHome() {
		return UserCatalogHome.defaultHome();
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
		List<Path> files = new ArrayList<>(overlayFilesIn(home(arguments)));
		arguments.all("--overlay").forEach(f -> files.add(Path.of(f)));
		List<ContributedOverlay> overlays = new ArrayList<>();
		for (Path file : files) {
			overlays.add(ContributedOverlay.file(CatalogFiles.loadOverlay(file), file.toString()));
		}
		return overlays;
	}

	private static List<Path> filesIn(Path home) throws UsageException {
		try {
			return UserCatalogHome.catalogFiles(home);
		} catch (IOException e) {
			throw new UsageException(home + ": cannot list the user-catalog home: " + e.getMessage());
		}
	}

	private static List<Path> overlayFilesIn(Path home) throws UsageException {
		try {
			return UserCatalogHome.overlayFiles(home);
		} catch (IOException e) {
			throw new UsageException(home + ": cannot list the user-catalog home: " + e.getMessage());
		}
	}
}
