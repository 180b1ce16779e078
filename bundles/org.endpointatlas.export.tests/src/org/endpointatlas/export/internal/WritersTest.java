package org.endpointatlas.export.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.endpointatlas.catalog.model.Endpoint;
import org.endpointatlas.catalog.model.Scheme;
import org.endpointatlas.core.EffectiveEndpoint;
import org.endpointatlas.export.AllowlistExporter;
import org.endpointatlas.export.InvalidExportOptionException;
import org.junit.jupiter.api.Test;

/**
 * Whole writers fed values the loader would refuse (a hostile source title, path, notes, area name): the structure of
 * each output stays intact. And the same catalog in any order gives the same bytes.
 */
class WritersTest {

	static final String TITLE = "Doc\nhttp_access allow all\n}); var MATCH = \"DIRECT\"; // </script> \u2028 end \\";
	static final String PATH = "/x\"); alert(1); //\n</script> #=cmd|";
	static final String NOTE = "=cmd|' /C calc'!A0\n<script>alert(1)</script> | *x* [a](javascript:b)";

	static List<AllowlistExporter> all() {
		return List.of(new HostsExporter(), new UrlsExporter(), new CsvExporter(), new JsonExporter(), new PacExporter(), new SquidExporter(),
				new EdlExporter(), new AzureFirewallExporter(), new MarkdownExporter());
	}

	private static TestCatalog hostile() {
		TestCatalog catalog = new TestCatalog(TITLE);
		catalog.area.setName("Area | <b>bold</b> *x*");
		catalog.area.setDescription("line1\nline2 ## not a heading");
		Endpoint endpoint = catalog.addWithPath("files.example.com", Scheme.HTTPS, PATH, "tcp/443");
		endpoint.getNotes().add(NOTE);
		catalog.add("*.example.net", Scheme.ANY, "tcp/80", "tcp/443");
		catalog.add("*-mid.example.org", Scheme.HTTPS, "tcp/443");
		return catalog;
	}

	@Test
	void pacStructureSurvivesAHostileTitleAndPath() throws Exception {
		String pac = hostile().export(new PacExporter());
		String benign = new TestCatalog().export(new PacExporter());
		for (String line : pac.lines().toList()) {
			assertFalse(line.contains("http_access") && !line.startsWith("// "), line);
			assertFalse(line.contains("\u2028"), "a JavaScript line terminator in: " + line);
		}
		assertFalse(pac.contains("alert(1)"), "paths never reach a PAC file");
		List<String> code = pac.lines().filter(l -> !l.startsWith("//")).toList();
		List<String> benignCode = benign.lines().filter(l -> !l.startsWith("//")).toList();
		assertEquals(benignCode.subList(0, 3), code.subList(0, 3), "the title changes nothing but comments");
	}

	@Test
	void squidStructureSurvivesAHostileTitleAndPath() throws Exception {
		String squid = hostile().export(new SquidExporter());
		for (String line : squid.lines().toList()) {
			assertTrue(line.isEmpty() || line.startsWith("#") || line.matches("(acl|http_access) [A-Za-z0-9_]+ [ -~]+"), line);
			assertFalse(!line.startsWith("#") && (line.contains("alert") || line.contains("allow all")), line);
		}
		assertTrue(squid.contains("\nacl endpoint_atlas_allow_connect_443_regex dstdom_regex -i ^[a-z0-9-]+-mid\\.example\\.org$\n"), squid);
		assertTrue(squid.contains("\nacl endpoint_atlas_allow_http_80_domains dstdomain .example.net\n"), squid);
		assertTrue(squid.endsWith("\nhttp_access allow endpoint_atlas_allow\n"), squid);
	}

	@Test
	void jsonAndAzureCarryHostileTextExactlyAndStayValid() throws Exception {
		TestCatalog catalog = hostile();
		Map<String, Object> json = MiniJson.object(MiniJson.parse(catalog.export(new JsonExporter())));
		assertEquals(TITLE, MiniJson.object(MiniJson.array(json.get("sources")).get(0)).get("title"));
		Map<String, Object> set = MiniJson.array(json.get("endpointSets")).stream().map(MiniJson::object)
				.filter(s -> "files.example.com".equals(MiniJson.array(s.get("urls")).get(0))).findFirst().orElseThrow();
		assertEquals(PATH, set.get("pathAndQuery"));
		assertEquals(NOTE, set.get("notes"));
		Map<String, Object> azure = MiniJson.object(MiniJson.parse(catalog.export(new AzureFirewallExporter())));
		String source = (String) MiniJson.array(MiniJson.object(azure.get("metadata")).get("sources")).get(0);
		assertFalse(source.contains("\n") || source.contains("\u2028"), source);
	}

	@Test
	void markdownEscapesHostileText() throws Exception {
		String markdown = hostile().export(new MarkdownExporter());
		// outside code spans (whose content CommonMark shows literally) no tag survives
		String prose = markdown.replaceAll("(`+)[^`]*?\\1", "");
		assertFalse(prose.contains("<b>") || prose.contains("<script>") || prose.contains("</script>"), prose);
		assertTrue(markdown.contains("## Area \\| &lt;b&gt;bold&lt;/b&gt; \\*x\\* (`test-area`)"), markdown);
		assertFalse(markdown.lines().anyMatch(l -> l.startsWith("## not a heading")), markdown);
		for (String row : markdown.lines().filter(l -> l.startsWith("| `")).toList()) {
			assertEquals(10, row.replace("\\|", "").chars().filter(c -> c == '|').count(), "nine cells: " + row);
		}
	}

	@Test
	void edlAndHostsNeverCarryThePath() throws Exception {
		TestCatalog catalog = hostile();
		for (AllowlistExporter exporter : List.of(new EdlExporter(), new HostsExporter())) {
			String out = catalog.export(exporter, "header", "true");
			assertFalse(out.contains("alert"), out);
			assertTrue(out.lines().allMatch(l -> l.startsWith("# ") || l.matches("[a-z0-9*.-]+/?")), out);
		}
	}

	@Test
	void badOptionsAreRefusedBeforeAnythingIsWritten() {
		TestCatalog catalog = hostile();
		assertThrows(InvalidExportOptionException.class, () -> catalog.export(new PacExporter(), "pac-match", "DIRECT\"; x(); \""));
		assertThrows(InvalidExportOptionException.class, () -> catalog.export(new SquidExporter(), "squid-acl", "a b"));
	}

	@Test
	void theSameCatalogInAnyOrderGivesTheSameBytes() throws Exception {
		TestCatalog catalog = new TestCatalog();
		for (int i = 0; i < 40; i++) {
			catalog.add("host" + i + ".example.com", i % 3 == 0 ? Scheme.HTTP : Scheme.HTTPS);
			catalog.add("*.zone" + i + ".example.com", Scheme.ANY);
		}
		catalog.add("*-mid.example.org", Scheme.HTTPS);
		List<EffectiveEndpoint> shuffled = new ArrayList<>(catalog.endpoints());
		Collections.shuffle(shuffled, new Random(42));
		for (AllowlistExporter exporter : List.of(new HostsExporter(), new UrlsExporter(), new PacExporter(), new SquidExporter(), new EdlExporter(),
				new AzureFirewallExporter())) {
			String first = catalog.export(exporter);
			assertEquals(first, catalog.export(exporter), exporter.getClass().getSimpleName());
			assertEquals(first, catalog.export(exporter, catalog.effective(shuffled)), exporter.getClass().getSimpleName() + " depends on input order");
		}
		for (AllowlistExporter exporter : all()) {
			assertEquals(catalog.export(exporter), catalog.export(exporter), exporter.getClass().getSimpleName());
		}
	}
}
