package org.endpointatlas.export.internal;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;

import org.endpointatlas.core.EffectiveCatalog;
import org.endpointatlas.core.EffectiveEndpoint;
import org.endpointatlas.export.AllowlistExporter;
import org.endpointatlas.export.ExportContext;
import org.endpointatlas.export.ExportHeader;
import org.endpointatlas.export.ExportableEntries;
import org.osgi.service.component.annotations.Component;

/**
 * One host pattern per line: lowercase, unique, sorted; no scheme, port or path, and no header unless {@code --header}
 * asks for "# " lines with the catalog version and source documents, so that by default it pipes into any tool.
 */
@Component(property = { AllowlistExporter.FORMAT + "=hosts",
		AllowlistExporter.DESCRIPTION + "=one host pattern per line, lowercase, unique and sorted; --header adds # provenance lines" })
public class HostsExporter implements AllowlistExporter {

	@Override
	public void export(EffectiveCatalog catalog, ExportContext context, Writer out) throws IOException {
		List<String> patterns = new ArrayList<>();
		for (EffectiveEndpoint endpoint : ExportableEntries.of(catalog, context)) {
			patterns.add(endpoint.getPattern());
		}
		List<String> hosts = Sorted.unique(patterns);
		if (context.flag("header")) {
			ExportHeader.writeComments(out, catalog, "# ");
		}
		for (String host : hosts) {
			out.write(host);
			out.write('\n');
		}
	}
}
