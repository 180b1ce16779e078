package org.endpointatlas.ui.internal.views.areas;

import java.nio.file.Path;
import java.util.List;

/** "My catalogs": the user-catalog home ({@code ~/.endpoint-atlas/}) and its catalog and overlay files. */
final class UserCatalogsNode {

	static final String LABEL = "My catalogs";

	private final Path home;
	private final List<UserFileNode> files;

	UserCatalogsNode(Path home, List<UserFileNode> files) {
		this.home = home;
		this.files = List.copyOf(files);
	}

	Path getHome() {
		return home;
	}

	List<UserFileNode> getFiles() {
		return files;
	}

	int getEndpointCount() {
		return (int) files.stream().flatMap(f -> f.getAreas().stream()).flatMap(a -> a.getEndpoints().stream()).distinct().count();
	}
}
