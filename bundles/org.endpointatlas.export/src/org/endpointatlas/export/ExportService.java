package org.endpointatlas.export;

import java.io.IOException;
import java.io.Writer;
import java.util.SortedMap;

import org.endpointatlas.core.EffectiveCatalog;

/** The formats that the running {@link AllowlistExporter} services provide, for the CLI and the export wizard alike. */
public interface ExportService {

	/** Format name to its one-line description, sorted by name. */
	SortedMap<String, String> formats();

	/**
	 * @throws IllegalArgumentException when no running exporter provides {@code format}; the message lists the formats
	 */
	void export(String format, EffectiveCatalog catalog, ExportContext context, Writer out) throws IOException;
}
