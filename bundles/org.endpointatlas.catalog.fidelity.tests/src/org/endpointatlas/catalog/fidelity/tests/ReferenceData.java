package org.endpointatlas.catalog.fidelity.tests;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Enumeration;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.endpointatlas.catalog.model.Cloud;
import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;

/**
 * The committed reference data of this bundle, read from the bundle itself so that the test needs no checkout of
 * {@code ../shared}: the documents under {@code seed/}, the section table {@code fidelity/sections.txt} and the
 * exclusions {@code fidelity/exclusions.txt}.
 */
final class ReferenceData {

	static final String SEED = "seed/";
	static final String SECTIONS = "fidelity/sections.txt";
	static final String EXCLUSIONS = "fidelity/exclusions.txt";
	/** The area of a section that no area of the built-in catalog holds. */
	static final String NO_AREA = "-";
	/**
	 * The area column of a section of a sovereign-cloud page: {@code cloud:us-gov} or {@code cloud:us-gov,us-gov-dod}.
	 * Its entries must be endpoints of the effective catalog of each named cloud (the built-in catalog with the cloud's
	 * built-in overlay applied), in whatever area.
	 */
	static final String CLOUD_PREFIX = "cloud:";
	/** The entry of an exclusion that covers every entry of its section. */
	static final String ALL_ENTRIES = "*";

	/** One line of {@code sections.txt}. */
	record SectionRow(String document, String section, String area, int entries, int uniqueHosts, int line) {
		String key() {
			return ReferenceData.key(document, section);
		}

		/** Whether the section maps to clouds ({@code cloud:...}) rather than to an area. */
		boolean mapsToClouds() {
			return area.startsWith(CLOUD_PREFIX);
		}

		/** The clouds of a {@code cloud:...} row, in the order written; empty for an area row. */
		Set<Cloud> clouds() {
			Set<Cloud> clouds = new LinkedHashSet<>();
			if (mapsToClouds()) {
				for (String literal : area.substring(CLOUD_PREFIX.length()).split(",")) {
					Cloud cloud = Cloud.get(literal.trim());
					if (cloud == null || cloud == Cloud.PUBLIC) {
						throw new IllegalStateException(SECTIONS + ":" + line + ": \"" + literal.trim()
								+ "\" is not a sovereign cloud (known: " + Cloud.VALUES.stream().filter(c -> c != Cloud.PUBLIC)
										.map(Cloud::getLiteral).toList() + ")");
					}
					clouds.add(cloud);
				}
			}
			return clouds;
		}
	}

	/** One line of {@code exclusions.txt}. */
	record Exclusion(String document, String section, String entry, String reason, int line) {
		boolean covers(DocumentEntry e) {
			return document.equals(e.document()) && section.equals(e.section())
					&& (entry.equals(ALL_ENTRIES) || entry.equalsIgnoreCase(e.text()));
		}
	}

	private ReferenceData() {
	}

	static String key(String document, String section) {
		return document + " | " + section;
	}

	static String read(String path) {
		URL entry = bundle().getEntry(path);
		if (entry == null) {
			throw new IllegalStateException(path + " is not in bundle " + bundle().getSymbolicName()
					+ " (missing from build.properties bin.includes?)");
		}
		try (InputStream in = entry.openStream()) {
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		} catch (IOException e) {
			throw new UncheckedIOException(path, e);
		}
	}

	/** Every markdown file under {@code seed/}, relative to it, sorted. */
	static List<String> seedFiles() {
		TreeSet<String> files = new TreeSet<>();
		Enumeration<URL> entries = bundle().findEntries(SEED, "*.md", true);
		for (URL url : entries == null ? Collections.<URL>emptyList() : Collections.list(entries)) {
			String path = url.getPath();
			files.add(path.substring(path.indexOf(SEED) + SEED.length()));
		}
		return new ArrayList<>(files);
	}

	/** The entries of every document that has extraction rules, in rule order, then document order. */
	static List<DocumentEntry> allEntries() {
		List<DocumentEntry> entries = new ArrayList<>();
		for (Extractor.FileRules rules : Extractor.RULES) {
			entries.addAll(Extractor.extract(rules.document(), read(SEED + rules.document())));
		}
		return entries;
	}

	static List<SectionRow> sections() {
		List<SectionRow> rows = new ArrayList<>();
		for (Row row : rows(SECTIONS, 5)) {
			try {
				SectionRow section = new SectionRow(row.cells[0], row.cells[1], row.cells[2], Integer.parseInt(row.cells[3]),
						Integer.parseInt(row.cells[4]), row.line);
				section.clouds(); // fails on an unknown cloud
				rows.add(section);
			} catch (NumberFormatException e) {
				throw new IllegalStateException(SECTIONS + ":" + row.line + ": counts must be numbers", e);
			}
		}
		return rows;
	}

	static List<Exclusion> exclusions() {
		List<Exclusion> exclusions = new ArrayList<>();
		for (Row row : rows(EXCLUSIONS, 4)) {
			if (row.cells[3].isEmpty()) {
				throw new IllegalStateException(EXCLUSIONS + ":" + row.line + ": an exclusion needs a reason");
			}
			exclusions.add(new Exclusion(row.cells[0], row.cells[1], row.cells[2], row.cells[3], row.line));
		}
		return exclusions;
	}

	private record Row(int line, String[] cells) {
	}

	/** Non-comment lines split at {@code |} into exactly {@code columns} trimmed cells. */
	private static List<Row> rows(String path, int columns) {
		List<Row> rows = new ArrayList<>();
		String[] lines = read(path).split("\r?\n");
		for (int i = 0; i < lines.length; i++) {
			String line = lines[i].trim();
			if (line.isEmpty() || line.startsWith("#")) {
				continue;
			}
			String[] cells = line.split("\\|", -1);
			if (cells.length != columns) {
				throw new IllegalStateException(path + ":" + (i + 1) + ": expected " + columns + " cells separated by |, found "
						+ cells.length + ": " + line);
			}
			for (int c = 0; c < cells.length; c++) {
				cells[c] = cells[c].trim();
			}
			rows.add(new Row(i + 1, cells));
		}
		return rows;
	}

	private static Bundle bundle() {
		return FrameworkUtil.getBundle(ReferenceData.class);
	}
}
