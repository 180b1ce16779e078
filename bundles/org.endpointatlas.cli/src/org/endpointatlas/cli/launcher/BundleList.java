package org.endpointatlas.cli.launcher;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The bundles the headless runtime installs, and which of them it starts. Computed once from the product's
 * {@code bundles.info} by {@link HeadlessSet} and kept next to the framework state; recomputed when the product
 * changes.
 */
final class BundleList {

	/** One bundle: its location under the installation and whether the launcher starts it. */
	static final class Entry {
		final String location;
		final boolean start;

		Entry(String location, boolean start) {
			this.location = location;
			this.start = start;
		}
	}

	private final String stamp;
	private final List<Entry> entries;

	BundleList(String stamp, List<Entry> entries) {
		this.stamp = stamp;
		this.entries = List.copyOf(entries);
	}

	String stamp() {
		return stamp;
	}

	List<Entry> entries() {
		return entries;
	}

	static BundleList read(Path file) throws IOException {
		List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
		List<Entry> entries = new ArrayList<>();
		for (String line : lines.subList(1, lines.size())) {
			int space = line.indexOf(' ');
			entries.add(new Entry(line.substring(space + 1), line.startsWith("start ")));
		}
		return new BundleList(lines.get(0), entries);
	}

	void write(Path file) throws IOException {
		List<String> lines = new ArrayList<>();
		lines.add(stamp);
		entries.forEach(e -> lines.add((e.start ? "start " : "install ") + e.location));
		Path temp = file.resolveSibling(file.getFileName() + ".tmp");
		Files.write(temp, lines, StandardCharsets.UTF_8);
		Files.move(temp, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
	}

	/** Identifies a product build: size and time of {@code bundles.info}. */
	static String stampOf(Path bundlesInfo) throws IOException {
		return "# " + Files.size(bundlesInfo) + " " + Files.getLastModifiedTime(bundlesInfo).toMillis();
	}
}
