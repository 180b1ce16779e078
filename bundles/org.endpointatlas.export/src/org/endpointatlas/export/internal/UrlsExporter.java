package org.endpointatlas.export.internal;

import java.io.IOException;
import java.io.Writer;
import java.util.TreeSet;

import org.endpointatlas.catalog.model.Scheme;
import org.endpointatlas.catalog.model.Transport;
import org.endpointatlas.core.EffectiveCatalog;
import org.endpointatlas.core.EffectiveEndpoint;
import org.endpointatlas.core.PortSpec;
import org.endpointatlas.export.AllowlistExporter;
import org.endpointatlas.export.ExportContext;
import org.endpointatlas.export.ExportHeader;
import org.endpointatlas.export.ExportableEntries;
import org.osgi.service.component.annotations.Component;

/**
 * One URL per line, unique and sorted: scheme, host pattern, a port only where it is not the scheme's default, and the
 * path of URL entries. An entry for "any" scheme gives an http and an https line. UDP ports and port ranges carry no
 * URL and are left out. {@code --header} starts the list with "# " lines naming the catalog version and sources.
 */
@Component(property = { AllowlistExporter.FORMAT + "=urls",
		AllowlistExporter.DESCRIPTION + "=one URL per line (scheme://host[:port][/path]), unique and sorted; --header adds # provenance lines" })
public class UrlsExporter implements AllowlistExporter {

	@Override
	public void export(EffectiveCatalog catalog, ExportContext context, Writer out) throws IOException {
		TreeSet<String> urls = new TreeSet<>();
		for (EffectiveEndpoint endpoint : ExportableEntries.of(catalog, context)) {
			addUrls(endpoint, urls);
		}
		if (context.flag("header")) {
			ExportHeader.writeComments(out, catalog, "# ");
		}
		for (String url : urls) {
			out.write(url);
			out.write('\n');
		}
	}

	private static void addUrls(EffectiveEndpoint endpoint, TreeSet<String> urls) {
		String path = endpoint.getPathAndQuery() == null ? "" : endpoint.getPathAndQuery();
		for (PortSpec port : endpoint.getPorts()) {
			String scheme = port.getTransport() == Transport.TCP && !port.isRange() ? schemeFor(endpoint.getScheme(), port.getFrom()) : null;
			if (scheme != null) {
				urls.add(scheme + "://" + endpoint.getPattern() + portSuffix(scheme, port.getFrom()) + path);
			}
		}
	}

	/** The scheme a port speaks; {@code null} for ports that carry no URL (e.g. UDP 123). */
	private static String schemeFor(Scheme scheme, int port) {
		if (scheme == Scheme.HTTP) {
			return "http";
		}
		if (scheme == Scheme.HTTPS) {
			return "https";
		}
		return port == 80 ? "http" : port == 443 ? "https" : null;
	}

	private static String portSuffix(String scheme, int port) {
		boolean standard = "http".equals(scheme) && port == 80 || "https".equals(scheme) && port == 443;
		return standard ? "" : ":" + port;
	}
}
