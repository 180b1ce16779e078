package org.endpointatlas.export.internal;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.endpointatlas.export.ExportContext;

/**
 * Where a format cannot say what the catalog says: collected per reason while a writer runs, then reported as one
 * warning line per reason that lists the entries, sorted, so that stderr stays short and the same from run to run. A
 * reason with many entries names the first {@value #LISTED} and counts the rest: a line of ten thousand names helps no one.
 */
final class Approximations {

	static final int LISTED = 25;

	private final String format;
	private final Map<String, Set<String>> byReason = new LinkedHashMap<>();

	Approximations(String format) {
		this.format = format;
	}

	void add(String reason, String entry) {
		byReason.computeIfAbsent(reason, r -> new TreeSet<>()).add(entry);
	}

	void report(ExportContext context) {
		byReason.forEach((reason, entries) -> context.warn(format + ": " + reason + ": " + listed(entries)));
	}

	private static String listed(Set<String> entries) {
		if (entries.size() <= LISTED) {
			return String.join(", ", entries);
		}
		return String.join(", ", entries.stream().limit(LISTED).toList()) + " and " + (entries.size() - LISTED) + " more";
	}
}
