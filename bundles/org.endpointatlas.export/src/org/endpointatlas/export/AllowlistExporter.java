package org.endpointatlas.export;

import java.io.IOException;
import java.io.Writer;

import org.endpointatlas.core.EffectiveCatalog;

/**
 * Whiteboard service: one output format for firewalls and proxies. Register it as a DS component with the service
 * property {@value #FORMAT} (the name users pass to {@code --format}) and {@value #DESCRIPTION} (one line for
 * {@code export --format help}). Output must be deterministic: the same catalog gives the same bytes.
 */
public interface AllowlistExporter {

	/** Service property: the format name, e.g. {@code hosts}. */
	String FORMAT = "format";

	/** Service property: one line that says what the format is for. */
	String DESCRIPTION = "description";

	void export(EffectiveCatalog catalog, ExportContext context, Writer out) throws IOException;
}
