package org.endpointatlas.export.integration.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.endpointatlas.core.io.CatalogFiles;
import org.endpointatlas.core.io.CatalogLoadException;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The first line of defence: a catalog or overlay that tries to smuggle quotes, backslashes, newlines, {@code );},
 * {@code </script>}, {@code =cmd|}, spaces or {@code #} into a host pattern or a path never loads. The CLI exits 2
 * with one line naming the file, the line and the value, and writes nothing.
 */
class LoadTimeRejectionTest {

	static final List<String> HOSTILE = List.of("a\"b", "a\\b", "a\nb", "x);", "</script>", "=cmd|calc", "a b", "a#b", "a'b", "a;b", "a|b",
			"a\u2028b");

	@TempDir
	static Path dir;
	static Cli cli;

	@BeforeAll
	static void start() throws Exception {
		cli = Cli.start(dir);
	}

	private static String catalog(String attributes) {
		return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<catalog:Catalog xmi:version=\"2.0\" xmlns:xmi=\"http://www.omg.org/XMI\""
				+ " xmlns:catalog=\"http://endpointatlas.org/catalog/1.0\" id=\"hostile\" version=\"1\">\n  <areas id=\"hostile\">\n"
				+ "    <endpoints " + attributes + "/>\n  </areas>\n</catalog:Catalog>\n";
	}

	@Test
	void hostileHostPatternsAndPathsNeverLoad() throws Exception {
		int i = 0;
		for (String hostile : HOSTILE) {
			for (String attributes : List.of("pattern=\"x" + EdgeCatalog.attribute(hostile) + ".example.com\"",
					"pattern=\"x.example.com\" pathAndQuery=\"/p" + EdgeCatalog.attribute(hostile) + "\"")) {
				Path file = dir.resolve("hostile" + i++ + ".catalog");
				Files.writeString(file, catalog(attributes));
				for (String format : List.of("pac", "squid", "csv")) {
					Cli.Result result = cli.run("export", "--format", format, "--catalog", file.toString());
					result.usageError(file + ":4: invalid ");
					assertTrue(result.err.contains(attributes.contains("path") ? "invalid path" : "invalid host pattern"), result.err);
				}
			}
		}
		Path relative = dir.resolve("relative.catalog");
		Files.writeString(relative, catalog("pattern=\"x.example.com\" pathAndQuery=\"download\""));
		cli.run("export", "--format", "urls", "--catalog", relative.toString()).usageError("invalid path (it must start with '/'");
	}

	@Test
	void theBuiltInPathsStillLoad() {
		String urls = cli.run("export", "--format", "urls").ok().out;
		assertTrue(urls.contains("/fwlink/?LinkID=619849"), urls);
	}

	@Test
	void anOverlayThatAddsAHostileEndpointNeverLoads() throws Exception {
		for (String hostile : HOSTILE) {
			for (String attributes : List.of("pattern=\"x" + EdgeCatalog.attribute(hostile) + ".example.com\"",
					"pattern=\"x.example.com\" pathAndQuery=\"/p" + EdgeCatalog.attribute(hostile) + "\"")) {
				Path file = dir.resolve("hostile.overlay");
				Files.writeString(file, "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<catalog:Overlay xmi:version=\"2.0\""
						+ " xmlns:xmi=\"http://www.omg.org/XMI\" xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\""
						+ " xmlns:catalog=\"http://endpointatlas.org/catalog/1.0\" id=\"hostile\">\n"
						+ "  <operations xsi:type=\"catalog:AddEndpoint\" area=\"updates-and-servicing\">\n    <endpoint " + attributes + "/>\n"
						+ "  </operations>\n</catalog:Overlay>\n");
				CatalogLoadException e = assertThrows(CatalogLoadException.class, () -> CatalogFiles.loadOverlay(file));
				assertEquals(1, e.getMessage().lines().count(), e.getMessage());
				assertTrue(e.getMessage().startsWith(file + ":4: invalid "), e.getMessage());
				assertFalse(e.getMessage().contains("\n"));
			}
		}
	}
}
