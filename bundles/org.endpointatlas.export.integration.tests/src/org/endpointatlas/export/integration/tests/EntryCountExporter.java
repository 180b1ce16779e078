package org.endpointatlas.export.integration.tests;

import java.io.IOException;
import java.io.Writer;

import org.endpointatlas.core.EffectiveCatalog;
import org.endpointatlas.export.AllowlistExporter;
import org.endpointatlas.export.ExportContext;
import org.endpointatlas.export.ExportHeader;
import org.endpointatlas.export.ExportableEntries;

/**
 * A format contributed by this test bundle, the way an organisation would add one in its own jar: a service on the
 * {@link AllowlistExporter} whiteboard with the {@code format} and {@code description} properties. Nothing in core,
 * export or the CLI knows about it. (An organisation's jar would use a DS component; under tycho-surefire a test bundle
 * runs from its project folder, where the generated Service-Component header does not exist, so {@link Cli} registers
 * it through the framework's service registry, which is the same whiteboard.)
 */
public class EntryCountExporter implements AllowlistExporter {

	static final String FORMAT = "entry-count";
	static final String DESCRIPTION = "test format: the number of exportable entries";

	@Override
	public void export(EffectiveCatalog catalog, ExportContext context, Writer out) throws IOException {
		ExportHeader.writeComments(out, catalog, "# ");
		out.write(ExportableEntries.of(catalog, context).size() + " entries\n");
	}
}
