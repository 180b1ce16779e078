package org.endpointatlas.probe;

import java.util.Locale;

/** The stages of a probe, in the order they run. {@link #NONE} is for endpoints that were not probed. */
public enum Stage {
	NONE, DNS, TCP, PROXY, TLS, HTTP;

	/** The lowercase name used in the JSON output: {@code dns}, {@code tcp}, ... */
	public String id() {
		return name().toLowerCase(Locale.ROOT);
	}
}
