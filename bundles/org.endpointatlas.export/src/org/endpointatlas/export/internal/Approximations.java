package org.endpointatlas.export.internal;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.endpointatlas.export.ExportContext;

/**
 * Where a format cannot say what the catalog says: collected per reason while a writer runs, then reported as one
 * warning line per reason that lists the entries, sorted, so that stderr stays short and the same from run to run.
 */
final class Approximations {

	private final String format;
	private final Map<String, Set<String>> byReason = new LinkedHashMap<>();

	Approximations(String format) {
		this.format = format;
	}

	void add(String reason, String entry) {
		byReason.computeIfAbsent(reason, r -> new TreeSet<>()).add(entry);
	}

	void report(ExportContext context) {
		byReason.forEach((reason, entries) -> context.warn(format + ": " + reason + ": " + String.join(", ", entries)));
	}
}
