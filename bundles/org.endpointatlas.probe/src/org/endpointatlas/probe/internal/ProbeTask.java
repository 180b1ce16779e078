package org.endpointatlas.probe.internal;

import java.util.List;

/** One endpoint and port to probe, as the planner worked it out from the catalog. */
final class ProbeTask {

	final int index;
	final String endpoint;
	final String host;
	final int port;
	final boolean https;
	final String path;
	final boolean urlEntry;
	final boolean tls12Only;
	final boolean noTlsInspection;
	final boolean required;
	final List<String> areas;

	ProbeTask(int index, String endpoint, String host, int port, boolean https, String path, boolean urlEntry, boolean tls12Only,
			boolean noTlsInspection, boolean required, List<String> areas) {
		this.index = index;
		this.endpoint = endpoint;
		this.host = host;
		this.port = port;
		this.https = https;
		this.path = path;
		this.urlEntry = urlEntry;
		this.tls12Only = tls12Only;
		this.noTlsInspection = noTlsInspection;
		this.required = required;
		this.areas = List.copyOf(areas);
	}

	String scheme() {
		return https ? "https" : "http";
	}

	@Override
	public String toString() {
		return scheme() + "://" + host + ":" + port + path;
	}
}
