package org.endpointatlas.export.internal;

import java.io.IOException;
import java.io.Writer;
import java.util.Collection;
import java.util.List;
import java.util.stream.Collectors;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.endpointatlas.catalog.model.Endpoint;
import org.endpointatlas.catalog.model.SourceRef;
import org.endpointatlas.core.EffectiveCatalog;
import org.endpointatlas.core.EffectiveEndpoint;
import org.endpointatlas.export.AllowlistExporter;
import org.endpointatlas.export.ExportContext;
import org.endpointatlas.export.ExportableEntries;
import org.osgi.service.component.annotations.Component;

/**
 * RFC 4180 CSV with a header row and one row per entry. Cells that a spreadsheet would run as a formula are
 * neutralised (OWASP CSV injection). Every row carries the catalog version.
 */
@Component(property = { AllowlistExporter.FORMAT + "=csv",
		AllowlistExporter.DESCRIPTION + "=spreadsheet rows: areas, pattern, scheme, ports, path, roles, lifecycle, notes, sources" })
public class CsvExporter implements AllowlistExporter {

	static final String[] HEADER = { "areas", "pattern", "scheme", "ports", "path", "roles", "required", "status", "valid_from",
			"valid_until", "replaced_by", "notes", "sources", "catalog_version" };

	@Override
	public void export(EffectiveCatalog catalog, ExportContext context, Writer out) throws IOException {
		CSVFormat format = CSVFormat.RFC4180.builder().setHeader(HEADER).setRecordSeparator("\r\n").get();
		try (CSVPrinter printer = new CSVPrinter(new NonClosingWriter(out), format)) {
			for (EffectiveEndpoint endpoint : ExportableEntries.of(catalog, context)) {
				printer.printRecord(row(endpoint, catalog.getVersion()).stream().map(CsvExporter::neutralise).collect(Collectors.toList()));
			}
		}
	}

	private static List<String> row(EffectiveEndpoint endpoint, String version) {
		Endpoint first = endpoint.getRepresentative();
		return List.of(join(endpoint.getAreaIds()), endpoint.getPattern(), endpoint.getScheme().getLiteral(),
				join(endpoint.getPorts().stream().map(Object::toString).collect(Collectors.toList())),
				text(endpoint.getPathAndQuery()), join(endpoint.getRoles()), String.valueOf(endpoint.isRequired()),
				endpoint.getStatus().getLiteral(), text(first.getValidFrom()), text(first.getValidUntil()), text(first.getReplacedBy()),
				join(endpoint.getNotes()), join(endpoint.getSources().stream().map(CsvExporter::source).distinct().collect(Collectors.toList())),
				version);
	}

	private static String source(SourceRef ref) {
		return ref.getDocument() + (ref.getSection() == null ? "" : "#" + ref.getSection());
	}

	private static String join(Collection<String> values) {
		return String.join("; ", values);
	}

	private static String text(String value) {
		return value == null ? "" : value;
	}

	/** OWASP: a cell starting with = + - @ TAB or CR/LF is prefixed with a quote so it stays text. */
	static String neutralise(String cell) {
		if (!cell.isEmpty() && "=+-@\t\r\n".indexOf(cell.charAt(0)) >= 0) {
			return "'" + cell;
		}
		return cell;
	}
}
