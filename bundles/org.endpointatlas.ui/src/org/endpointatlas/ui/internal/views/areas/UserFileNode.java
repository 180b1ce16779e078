package org.endpointatlas.ui.internal.views.areas;

import java.nio.file.Path;
import java.util.List;

/** A catalog or overlay file of the user-catalog home, with the areas it contributes, or why it cannot be loaded. */
final class UserFileNode {

	/** What the file holds. */
	enum Kind {
		CATALOG, OVERLAY
	}

	private final Path file;
	private final Kind kind;
	private final List<AreaNode> areas;
	private final String problem;

	UserFileNode(Path file, Kind kind, List<AreaNode> areas, String problem) {
		this.file = file;
		this.kind = kind;
		this.areas = List.copyOf(areas);
		this.problem = problem;
	}

	Path getFile() {
		return file;
	}

	Kind getKind() {
		return kind;
	}

	List<AreaNode> getAreas() {
		return areas;
	}

	/** The one-line load error (file:line: reason), or {@code null}. */
	String getProblem() {
		return problem;
	}

	int getEndpointCount() {
		return (int) areas.stream().flatMap(area -> area.getEndpoints().stream()).distinct().count();
	}

	String getKey() {
		return file.toString();
	}
}
