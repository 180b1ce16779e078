package org.endpointatlas.export.integration.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.nio.file.Path;
import java.util.List;
import java.util.TreeSet;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The CSV export read back by Commons CSV: the header, one record per entry, free text intact, formulas neutralised. */
class CsvRoundTripTest {

	static final List<String> HEADER = List.of("areas", "pattern", "scheme", "ports", "path", "roles", "required", "status", "valid_from",
			"valid_until", "replaced_by", "notes", "sources", "catalog_version");

	@TempDir
	static Path dir;
	static Cli cli;
	static String edge;

	@BeforeAll
	static void start() throws Exception {
		cli = Cli.start(dir);
		edge = EdgeCatalog.write(dir).toString();
	}

	@Test
	void commonsCsvReadsBackEveryEntryAndTheFreeTextExactly() throws Exception {
		String csv = cli.run("export", "--format", "csv", "--catalog", edge).ok().out;
		CSVFormat format = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get();
		try (CSVParser parser = CSVParser.parse(new StringReader(csv), format)) {
			assertEquals(HEADER, parser.getHeaderNames());
			List<CSVRecord> records = parser.getRecords();
			TreeSet<String> patterns = new TreeSet<>();
			records.forEach(r -> patterns.add(r.get("pattern")));
			String hosts = cli.run("export", "--format", "hosts", "--catalog", edge).ok().out;
			assertEquals(new TreeSet<>(hosts.lines().toList()), patterns);
			CSVRecord files = records.stream().filter(r -> r.get("pattern").equals("files.contoso-test.net")).findFirst().orElseThrow();
			assertEquals("'" + EdgeCatalog.FORMULA_NOTE + "; " + EdgeCatalog.QUOTED_NOTE, files.get("notes"), "neutralised, otherwise intact");
			assertEquals("/download/file.cab?x=1", files.get("path"));
			assertTrue(files.get("catalog_version").contains("export-edge-cases@7"));
			for (CSVRecord record : records) {
				for (String cell : record.values()) {
					assertFalse(!cell.isEmpty() && "=+-@\t\r\n".indexOf(cell.charAt(0)) >= 0, "a cell a spreadsheet would run: " + cell);
				}
			}
		}
	}
}
