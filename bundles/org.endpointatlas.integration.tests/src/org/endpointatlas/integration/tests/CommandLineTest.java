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

/** Runs the real command line service in a real framework, the way ./endpoint-atlas does. */
class CommandLineTest {

	/** The unique hosts of "Updates and servicing" in the seed page, without the retired configmgrbits.azureedge.net. */
	static final List<String> UPDATES_HOSTS = List.of("*-umwatsonc.events.data.microsoft.com", "*.akamaiedge.net",
			"*.akamaitechnologies.com", "*.manage.microsoft.com", "ceuswatcab01.blob.core.windows.net",
			"ceuswatcab02.blob.core.windows.net", "cmbitsstore.blob.core.windows.net", "configmgrbits.cdn.manage.microsoft.com",
			"definitionupdates.microsoft.com", "download.microsoft.com", "download.visualstudio.microsoft.com",
			"download.windowsupdate.com", "eaus2watcab01.blob.core.windows.net", "eaus2watcab02.blob.core.windows.net",
			"go.microsoft.com", "sccmconnected-a01.cloudapp.net", "umwatsonc.events.data.microsoft.com",
			"weus2watcab01.blob.core.windows.net", "weus2watcab02.blob.core.windows.net");

	@TempDir
	Path dir;

	private CommandLine cli;
	private String out;
	private String err;

	@BeforeEach
	void start() throws Exception {
		Services.startAreaBundles();
		cli = Services.get(CommandLine.class);
	}

	private int run(String... args) {
		List<String> all = new ArrayList<>(List.of(args));
		all.addAll(List.of("--home", dir.resolve("empty-home").toString()));
		if (args.length > 0 && args[0].equals("validate")) {
			all = List.of(args);
		}
		ByteArrayOutputStream stdout = new ByteArrayOutputStream();
		ByteArrayOutputStream stderr = new ByteArrayOutputStream();
		int code = cli.run(all, new PrintStream(stdout, true, StandardCharsets.UTF_8), new PrintStream(stderr, true, StandardCharsets.UTF_8));
		out = stdout.toString(StandardCharsets.UTF_8);
		err = stderr.toString(StandardCharsets.UTF_8);
		return code;
	}

	@Test
	void exportHostsOfUpdatesAndServicingIsExactlyTheSeedSection() {
		assertEquals(0, run("export", "--format", "hosts", "--area", "updates-and-servicing"), err);
		assertEquals(String.join("\n", UPDATES_HOSTS) + "\n", out);
	}

	@Test
	void retiredHostAppearsOnlyWithIncludeRetired() {
		assertEquals(0, run("export", "--format", "hosts", "--area", "updates-and-servicing", "--include-retired"), err);
		assertTrue(out.lines().anyMatch("configmgrbits.azureedge.net"::equals), out);
		assertEquals(UPDATES_HOSTS.size() + 1, out.lines().count());
	}

	@Test
	void areasJsonListsBothAreasWithCountsAndBundles() {
		assertEquals(0, run("areas", "--format", "json"), err);
		assertTrue(out.contains("\"id\": \"updates-and-servicing\""), out);
		assertTrue(out.contains("\"endpoints\": 19"), out);
		assertTrue(out.contains("\"bundle\": \"org.endpointatlas.configmgr.updates\""), out);
		assertTrue(out.contains("\"id\": \"url-forwarding\""), out);
		assertTrue(out.contains("\"endpoints\": 2"), out);
		assertTrue(out.contains("\"bundle\": \"org.endpointatlas.configmgr.urlforwarding\""), out);
	}

	@Test
	void outputFileIsWrittenWholeAndUnknownFormatTouchesNothing() throws Exception {
		Path target = dir.resolve("allow.csv");
		assertEquals(0, run("export", "--format", "csv", "-o", target.toString()), err);
		String csv = Files.readString(target);
		assertTrue(csv.startsWith("areas,pattern,scheme,ports,path,roles,required,status"), csv);
		assertTrue(csv.contains("\r\nupdates-and-servicing; url-forwarding,go.microsoft.com,https,tcp/443,"), csv);
		assertEquals(2, run("export", "--format", "nope", "-o", target.toString()));
		assertEquals(csv, Files.readString(target));
		assertOneLine(err, "unknown format \"nope\"");
	}

	@Test
	void badCatalogFilesExitTwoWithOneLineNamingFileLineAndValue() throws Exception {
		String head = "<?xml version=\"1.0\"?>\n<catalog:Catalog xmlns:xmi=\"http://www.omg.org/XMI\" xmi:version=\"2.0\""
				+ " xmlns:catalog=\"http://endpointatlas.org/catalog/1.0\" id=\"x\">\n";
		String[][] cases = { //
				{ "not xml at all\n", ":1: not a well-formed XML catalog", "not xml at all" }, //
				{ "<?xml version=\"1.0\"?>\n<!DOCTYPE x [<!ENTITY e SYSTEM \"file:///etc/passwd\">]>\n<x>&e;</x>\n", ":2: DOCTYPE",
						"<!DOCTYPE" }, //
				{ head + "  <areas id=\"a\" flavour=\"x\"/>\n</catalog:Catalog>\n", ":3: unknown attribute", "flavour" }, //
				{ head + "  <areas id=\"a\">\n    <endpoints pattern=\"*.com\"/>\n  </areas>\n</catalog:Catalog>\n", ":4: invalid host pattern",
						"\"*.com\"" }, //
				{ head + "  <areas id=\"a\">\n    <endpoints pattern=\"exa mple.com\"/>\n  </areas>\n</catalog:Catalog>\n", ":4: invalid host",
						"\"exa mple.com\"" }, //
				{ head + "  <areas id=\"a\">\n    <endpoints pattern=\"ex&quot;ample.com\"/>\n  </areas>\n</catalog:Catalog>\n",
						":4: invalid host", "\"ex\"ample.com\"" }, //
				{ head + "  <areas id=\"a\">\n    <endpoints pattern=\"*.*.x.com\"/>\n  </areas>\n</catalog:Catalog>\n", ":4: invalid host",
						"\"*.*.x.com\"" } };
		int i = 0;
		for (String[] c : cases) {
			Path file = dir.resolve("bad" + i++ + ".catalog");
			Files.writeString(file, c[0]);
			assertEquals(2, run("export", "--format", "hosts", "--catalog", file.toString()), c[0]);
			assertEquals("", out, "nothing on stdout for a bad input");
			assertOneLine(err, file + c[1]);
			assertTrue(err.contains(c[2]), err);
			assertFalse(err.contains("root:"), "an entity was resolved: " + err);
		}
	}

	@Test
	void userCatalogHomeLoadsLikeCatalog() throws Exception {
		Path home = Files.createDirectories(dir.resolve("home"));
		Files.writeString(home.resolve("contoso.catalog"), "<?xml version=\"1.0\"?>\n<catalog:Catalog xmlns:xmi=\"http://www.omg.org/XMI\""
				+ " xmi:version=\"2.0\" xmlns:catalog=\"http://endpointatlas.org/catalog/1.0\" id=\"contoso\" version=\"1\">\n"
				+ "  <areas id=\"contoso-internal\" name=\"Contoso\">\n    <endpoints pattern=\"sup01.corp.contoso.com\"/>\n  </areas>\n"
				+ "</catalog:Catalog>\n");
		ByteArrayOutputStream stdout = new ByteArrayOutputStream();
		int code = cli.run(List.of("export", "--format", "hosts", "--area", "contoso-internal", "--home", home.toString()),
				new PrintStream(stdout, true, StandardCharsets.UTF_8), new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));
		assertEquals(0, code);
		assertEquals("sup01.corp.contoso.com\n", stdout.toString(StandardCharsets.UTF_8));
	}

	@Test
	void usageErrorsExitTwo() {
		assertEquals(2, run("export", "--format", "hosts", "--area", "no-such-area"));
		assertOneLine(err, "unknown area \"no-such-area\"");
		assertEquals(2, run("frobnicate"));
		assertEquals(2, run("areas", "--colour", "red"));
	}

	private static void assertOneLine(String stderr, String expected) {
		assertEquals(1, stderr.lines().count(), stderr);
		assertTrue(stderr.contains(expected), stderr);
		assertFalse(stderr.contains("Exception") || stderr.contains("\tat "), stderr);
	}
}
