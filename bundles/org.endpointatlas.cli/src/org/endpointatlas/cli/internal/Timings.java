package org.endpointatlas.cli.internal;

import java.io.PrintStream;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Wall time per phase of one command (load, compose, write), printed on stderr when the environment variable
 * {@value #VARIABLE} is set: benchmarks read it to tell the export's own cost from the start-up's.
 */
final class Timings {

	static final String VARIABLE = "ENDPOINT_ATLAS_TIMINGS";

	private final boolean enabled;
	private final Map<String, Long> nanos = new LinkedHashMap<>();
	private long mark = System.nanoTime();

	Timings(boolean enabled) {
		this.enabled = enabled;
	}

	static Timings fromEnvironment() {
		return new Timings(System.getenv(VARIABLE) != null);
	}

	/** Ends the current phase under {@code name} and starts the next. */
	void phase(String name) {
		long now = System.nanoTime();
		nanos.merge(name, now - mark, Long::sum);
		mark = now;
	}

	void report(PrintStream err) {
		if (enabled) {
			err.println("endpoint-atlas: timings: " + nanos.entrySet().stream()
					.map(e -> String.format(Locale.ROOT, "%s %.3f s", e.getKey(), e.getValue() / 1e9)).collect(Collectors.joining(", ")));
		}
	}
}
