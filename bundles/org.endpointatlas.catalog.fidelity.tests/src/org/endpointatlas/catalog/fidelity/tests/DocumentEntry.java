package org.endpointatlas.catalog.fidelity.tests;

/**
 * One entry of a reference document: a host (in catalog pattern form) or a URL, where the document gives it.
 *
 * @param document path of the document relative to {@code seed/}
 * @param section heading of the section the entry is in
 * @param line line number in the document (1-based)
 * @param scheme {@code http} or {@code https} when the document gives a URL, else {@code null}
 * @param host lowercase host pattern; placeholders in catalog form ({@code <prefix>} becomes {@code {prefix}})
 * @param port explicit port of a URL ({@code :443}), else {@code null}
 * @param path path and query of a URL, verbatim; {@code null} for none or a bare {@code /}
 */
record DocumentEntry(String document, String section, int line, String scheme, String host, Integer port, String path) {

	/** The entry as a reader would write it: {@code https://go.microsoft.com/fwlink/?LinkID=619849}, {@code *.akamaiedge.net}. */
	String text() {
		StringBuilder text = new StringBuilder();
		if (scheme != null) {
			text.append(scheme).append("://");
		}
		text.append(host);
		if (port != null) {
			text.append(':').append(port);
		}
		if (path != null) {
			text.append(path);
		}
		return text.toString();
	}

	/** Where the entry is, for messages: {@code internet-endpoints.md, "Updates and servicing", line 84}. */
	String where() {
		return document + ", \"" + section + "\", line " + line;
	}

	@Override
	public String toString() {
		return text() + " (" + where() + ")";
	}
}
