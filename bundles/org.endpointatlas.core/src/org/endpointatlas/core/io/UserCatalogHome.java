package org.endpointatlas.core.io;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The user-catalog home (ARCHITECTURE §4) that the command line and the workbench both read: {@code *.catalog} and
 * {@code *.xmi} catalogs and {@code *.overlay} overlays in {@code ~/.endpoint-atlas/}.
 */
public final class UserCatalogHome {

	/** System property that names another home folder (tests, portable installs). */
	public static final String HOME_PROPERTY = "endpointatlas.home";
	public static final List<String> CATALOG_EXTENSIONS = List.of(".catalog", ".catalogbin", ".xmi");
	public static final String OVERLAY_EXTENSION = ".overlay";

	private UserCatalogHome() {
	}

	/** {@code -Dendpointatlas.home}, else {@code $HOME/.endpoint-atlas} (as shells mean it), else the JVM's user.home. */
	public static Path defaultHome() {
		String configured = System.getProperty(HOME_PROPERTY);
		if (configured != null && !configured.isBlank()) {
			return Path.of(configured);
		}
		String home = System.getenv("HOME");
		return Path.of(home != null && !home.isEmpty() ? home : System.getProperty("user.home"), ".endpoint-atlas");
	}

	/** The catalog files of {@code home}, sorted by name; none when the folder does not exist. */
	public static List<Path> catalogFiles(Path home) throws IOException {
		return filesIn(home, CATALOG_EXTENSIONS.toArray(String[]::new));
	}

	/** The overlay files of {@code home}, sorted by name (the order they apply in). */
	public static List<Path> overlayFiles(Path home) throws IOException {
		return filesIn(home, OVERLAY_EXTENSION);
	}

	public static boolean isCatalogFile(Path file) {
		String name = file.getFileName().toString();
		return CATALOG_EXTENSIONS.stream().anyMatch(name::endsWith);
	}

	public static boolean isOverlayFile(Path file) {
		return file.getFileName().toString().endsWith(OVERLAY_EXTENSION);
	}

	private static List<Path> filesIn(Path home, String... extensions) throws IOException {
		if (!Files.isDirectory(home)) {
			return List.of();
		}
		try (Stream<Path> entries = Files.list(home)) {
			return entries.filter(f -> Files.isRegularFile(f) && hasExtension(f, extensions)).sorted().collect(Collectors.toList());
		}
	}

	private static boolean hasExtension(Path file, String... extensions) {
		String name = file.getFileName().toString();
		return Arrays.stream(extensions).anyMatch(name::endsWith);
	}
}
