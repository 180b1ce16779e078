package org.endpointatlas.integration.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.endpointatlas.cli.CommandLine;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** --param, --as-of, explain and validate through the real command line service. */
class SelectionOptionsTest {

	static final String CMG_CATALOG = "<?xml version=\"1.0\"?>\n<catalog:Catalog xmlns:xmi=\"http://www.omg.org/XMI\" xmi:version=\"2.0\""
			+ " xmlns:catalog=\"http://endpointatlas.org/catalog/1.0\" id=\"cmg-test\" version=\"1\">\n"
			+ "  <sources id=\"doc\" title=\"Doc\"/>\n"
			+ "  <areas id=\"cmg-test\" name=\"CMG test\">\n"
			+ "    <endpoints pattern=\"{prefix}.{region}.cloudapp.azure.com\" scheme=\"https\">\n"
			+ "      <sources document=\"doc\" section=\"CMG\"/>\n    </endpoints>\n"
			+ "  </areas>\n"
			+ "  <parameters name=\"prefix\" type=\"dns-label\"/>\n"
			+ "  <parameters name=\"region\" type=\"region\"/>\n"
			+ "</catalog:Catalog>\n";

	@TempDir
	Path dir;

	private CommandLine cli;
	private String out;
	private String err;
	private Path catalog;

	@BeforeEach
	void start() throws Exception {
		Services.startAreaBundles();
		cli = Services.get(CommandLine.class);
		catalog = dir.resolve("cmg.catalog");
		Files.writeString(catalog, CMG_CATALOG);
	}

	private int run(String... args) {
		List<String> all = new ArrayList<>(List.of(args));
		if (!args[0].equals("validate")) {
			all.addAll(List.of("--home", dir.resolve("empty-home").toString()));
		}
		ByteArrayOutputStream stdout = new ByteArrayOutputStream();
		ByteArrayOutputStream stderr = new ByteArrayOutputStream();
		int code = cli.run(all, new PrintStream(stdout, true, StandardCharsets.UTF_8), new PrintStream(stderr, true, StandardCharsets.UTF_8));
		out = stdout.toString(StandardCharsets.UTF_8);
		err = stderr.toString(StandardCharsets.UTF_8);
		return code;
	}

	@Test
	void unresolvedTemplatesAreLeftOutWithAWarningNamingTheParams() {
		assertEquals(0, run("export", "--format", "hosts", "--area", "cmg-test", "--catalog", catalog.toString()));
		assertEquals("", out);
		assertTrue(err.contains("left out {prefix}.{region}.cloudapp.azure.com") && err.contains("--param prefix=VALUE --param region=VALUE"), err);
	}

	@Test
	void paramsResolvePlaceholdersCaseInsensitively() {
		assertEquals(0, run("export", "--format", "hosts", "--area", "cmg-test", "--catalog", catalog.toString(), "--param", "prefix=GraniteFalls",
				"--param", "region=westus"), err);
		assertEquals("granitefalls.westus.cloudapp.azure.com\n", out);
	}

	@Test
	void badParamsExitTwoWithOneLine() {
		String[][] cases = { { "prefix", "--param needs NAME=VALUE" }, { "colour=blue", "unknown parameter \"colour\"" },
				{ "prefix=not_a_label", "not a DNS label" }, { "region=west us", "not an Azure region" } };
		for (String[] c : cases) {
			assertEquals(2, run("export", "--format", "hosts", "--catalog", catalog.toString(), "--param", c[0]), c[0]);
			assertEquals(1, err.lines().count(), err);
			assertTrue(err.contains(c[1]), err);
		}
	}

	@Test
	void aChoiceParameterKeepsOnlyTheHostsOfTheChosenValue() {
		assertEquals(0, run("export", "--format", "hosts", "--area", "intune-win32-apps"), err);
		assertTrue(out.contains("naprodimedatapri.azureedge.net") && out.contains("euprodimedatapri.azureedge.net"), out);
		assertEquals(0, run("export", "--format", "hosts", "--area", "intune-win32-apps", "--param", "intune-tenant-location=Europe"), err);
		assertFalse(out.contains("naprodimedatapri.azureedge.net"), out);
		assertTrue(out.contains("euprodimedatapri.azureedge.net"), out);
		assertEquals(2, run("export", "--format", "hosts", "--param", "intune-tenant-location=mars"));
		assertTrue(err.contains("not one of north-america, europe, asia-pacific"), err);
	}

	@Test
	void examplesFromTheDocumentsNeverReachAnAllowlist() {
		assertEquals(0, run("export", "--format", "hosts", "--area", "intune-win32-apps"), err);
		assertFalse(out.contains("sparkcdneus2.azureedge.net"), out);
	}

	@Test
	void asOfEvaluatesTheValidityDatesAndWithoutItTheStoredStatusWins() {
		assertEquals(0, run("export", "--format", "hosts", "--area", "updates-and-servicing", "--as-of", "2025-02-15"), err);
		assertTrue(out.contains("configmgrbits.azureedge.net\n"), out);
		assertFalse(out.contains("configmgrbits.cdn.manage.microsoft.com"), out);
		assertEquals(0, run("export", "--format", "hosts", "--area", "updates-and-servicing", "--as-of", "2025-03-01"), err);
		assertFalse(out.contains("configmgrbits.azureedge.net"), out);
		assertTrue(out.contains("configmgrbits.cdn.manage.microsoft.com"), out);
		assertEquals(2, run("export", "--format", "hosts", "--as-of", "March 2025"));
	}

	@Test
	void explainNamesAreasRolesAndDocumentsAndMatchesWildcards() {
		assertEquals(0, run("explain", "configmgrbits.cdn.manage.microsoft.com"), err);
		assertTrue(out.matches("(?s)configmgrbits.cdn.manage.microsoft.com is covered by [2-9] entries:.*"), out);
		assertTrue(out.contains("*.manage.microsoft.com") && out.contains("area updates-and-servicing"), out);
		assertTrue(out.contains("service-connection-point") && out.contains("section \"Updates and servicing\""), out);
		assertEquals(1, run("explain", "www.example.org"));
		assertTrue(out.contains("not in the selected catalog"), out);
		assertEquals(0, run("explain", "contoso.westus.cloudapp.azure.com", "--catalog", catalog.toString()), err);
		assertTrue(out.contains("{prefix}.{region}.cloudapp.azure.com"), out);
	}

	@Test
	void validateReportsFileLineSeverityAndExitsOneOnErrors() throws Exception {
		Path file = dir.resolve("lint.catalog");
		Files.writeString(file, "<?xml version=\"1.0\"?>\n<catalog:Catalog xmlns:xmi=\"http://www.omg.org/XMI\" xmi:version=\"2.0\""
				+ " xmlns:catalog=\"http://endpointatlas.org/catalog/1.0\" id=\"lint\">\n"
				+ "  <areas id=\"lint\">\n"
				+ "    <seeAlso>no-such-area</seeAlso>\n"
				+ "    <endpoints pattern=\"a.example.com\"/>\n"
				+ "    <endpoints pattern=\"a.example.com\"/>\n"
				+ "    <endpoints pattern=\"go.example.com\" pathAndQuery=\"/x\"/>\n"
				+ "    <endpoints pattern=\"b.example.com\" validFrom=\"2025-03\" validUntil=\"2024-01\"/>\n"
				+ "    <endpoints pattern=\"{nope}.example.com\"/>\n"
				+ "  </areas>\n</catalog:Catalog>\n");
		assertEquals(1, run("validate", file.toString()));
		assertTrue(out.contains(file + ":6: warning: a.example.com: duplicate of the entry on line 5"), out);
		assertTrue(out.contains(file + ":3: warning: area lint: seeAlso \"no-such-area\""), out);
		assertTrue(out.contains(file + ":7: error: go.example.com/x: a URL entry needs a scheme"), out);
		assertTrue(out.contains(file + ":8: error: b.example.com: validFrom 2025-03 is after validUntil 2024-01"), out);
		assertTrue(out.contains(file + ":9: error: {nope}.example.com: placeholder {nope} cannot be resolved"), out);
		assertTrue(out.contains(": warning: a.example.com: no source"), out);
		assertTrue(err.contains("1 file(s): 3 error(s)"), err);
	}
}
