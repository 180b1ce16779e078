package org.endpointatlas.ui.internal.export;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.endpointatlas.core.ContributedCatalog;
import org.endpointatlas.core.ContributedOverlay;
import org.endpointatlas.core.io.CatalogFiles;
import org.endpointatlas.core.io.CatalogLoadException;
import org.endpointatlas.core.io.UserCatalogHome;

/** The catalogs and overlays of the user-catalog home, loaded as the command line loads them (a broken file stops the export). */
final class UserFiles {

	private final Path home;
	private final List<ContributedCatalog> catalogs;
	private final List<ContributedOverlay> overlays;

	private UserFiles(Path home, List<ContributedCatalog> catalogs, List<ContributedOverlay> overlays) {
		this.home = home;
		this.catalogs = List.copyOf(catalogs);
		this.overlays = List.copyOf(overlays);
	}

	static UserFiles load(Path home) throws CatalogLoadException {
		List<ContributedCatalog> catalogs = new ArrayList<>();
		List<ContributedOverlay> overlays = new ArrayList<>();
		try {
			for (Path file : UserCatalogHome.catalogFiles(home)) {
				catalogs.add(new ContributedCatalog(CatalogFiles.loadCatalog(file), file.toString(), ContributedCatalog.Kind.FILE));
			}
			for (Path file : UserCatalogHome.overlayFiles(home)) {
				overlays.add(ContributedOverlay.file(CatalogFiles.loadOverlay(file), file.toString()));
			}
		} catch (IOException e) {
			throw new CatalogLoadException(home.toString(), 0, null, "cannot list the user-catalog home: " + e.getMessage());
		}
		return new UserFiles(home, catalogs, overlays);
	}

	Path home() {
		return home;
	}

	List<ContributedCatalog> catalogs() {
		return catalogs;
	}

	List<ContributedOverlay> overlays() {
		return overlays;
	}
}
