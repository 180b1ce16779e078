package org.endpointatlas.probe.lab.tests;

import static org.endpointatlas.probe.lab.tests.LabCatalog.endpoint;
import static org.endpointatlas.probe.lab.tests.LabCatalog.https;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import javax.xml.parsers.DocumentBuilderFactory;

import org.endpointatlas.catalog.model.Scheme;
import org.endpointatlas.catalog.model.Transport;
import org.endpointatlas.cli.CommandLine;
import org.endpointatlas.core.io.CatalogFiles;
import org.endpointatlas.probe.Outcome;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;

/** {@code endpoint-atlas probe} through the command-line service: formats, the documented JSON schema, exit codes. */
class ProbeCommandTest extends LabTestSupport {

	private static final class Run {
		int code;
		String out;
		String err;
	}

	private static Run run(String... args) throws Exception {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		ByteArrayOutputStream err = new ByteArrayOutputStream();
		Run run = new Run();
		run.code = Services.get(CommandLine.class).run(List.of(args), new PrintStream(out, true, StandardCharsets.UTF_8),
				new PrintStream(err, true, StandardCharsets.UTF_8));
		run.out = out.toString(StandardCharsets.UTF_8);
		run.err = err.toString(StandardCharsets.UTF_8);
		return run;
	}

	private static Path catalogFile(LabCatalog catalog) throws Exception {
		Path file = Files.createTempFile(lab.dir, "catalog-", ".catalog");
		CatalogFiles.save(catalog.catalog(), file);
		return file;
	}

	private static List<String> probeArgs(Path catalog, String... more) {
		List<String> args = new ArrayList<>(List.of("probe", "--catalog", catalog.toString(), "--area", LabCatalog.AREA, "--dns",
				lab.dnsAddress + ":" + lab.dnsPort, "--ca-file", lab.caFile.toString()));
		if (!List.of(more).contains("--timeout")) {
			args.addAll(List.of("--timeout", "1500"));
		}
		args.addAll(List.of(more));
		return args;
	}

	private static LabCatalog mixed() {
		return new LabCatalog().add(https(lab.host("good"), lab.good.port()), https(lab.host("nx"), lab.good.port()),
				https(lab.host("wrongname"), lab.wrongName.port()), https("*." + Lab.DOMAIN, 443),
				endpoint(lab.host("good"), Scheme.ANY, Transport.UDP, 123));
	}

	@SuppressWarnings("unchecked")
	@Test
	void jsonValidatesAgainstTheDocumentedSchema() throws Exception {
		Run run = run(probeArgs(catalogFile(mixed()), "--format", "json").toArray(new String[0]));
		assertEquals(1, run.code, run.err);
		Map<String, Object> schema = JsonCheck.probeResultsSchema();
		Object results = JsonCheck.parse(run.out);
		List<String> problems = JsonCheck.validate(results, schema, "$");
		assertTrue(problems.isEmpty(), () -> problems + "\n" + run.out);
		List<Object> list = (List<Object>) results;
		assertEquals(5, list.size());
		List<Object> outcomes = new ArrayList<>();
		list.forEach(r -> outcomes.add(((Map<String, Object>) r).get("outcome")));
		assertTrue(outcomes.containsAll(List.of("OK", "DNS_NXDOMAIN", "TLS_NAME_MISMATCH", "NOT_TESTABLE_WILDCARD", "NOT_TESTABLE_TRANSPORT")),
				outcomes::toString);
	}

	@SuppressWarnings("unchecked")
	@Test
	void theSchemaListsEveryOutcome() throws Exception {
		Map<String, Object> items = (Map<String, Object>) JsonCheck.probeResultsSchema().get("items");
		Map<String, Object> outcome = (Map<String, Object>) ((Map<String, Object>) items.get("properties")).get("outcome");
		List<String> names = java.util.Arrays.stream(Outcome.values()).map(Outcome::name).collect(java.util.stream.Collectors.toList());
		assertEquals(names, outcome.get("enum"));
	}

	@Test
	void junitIsWellFormed() throws Exception {
		Path report = lab.dir.resolve("probe-junit.xml");
		Run run = run(probeArgs(catalogFile(mixed()), "--format", "junit", "-o", report.toString()).toArray(new String[0]));
		assertEquals(1, run.code, run.err);
		assertEquals("", run.out);
		Document document = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(new ByteArrayInputStream(Files.readAllBytes(report)));
		assertEquals(5, document.getElementsByTagName("testcase").getLength());
		assertEquals(2, document.getElementsByTagName("failure").getLength());
		assertEquals(2, document.getElementsByTagName("skipped").getLength());
	}

	@Test
	void tableAndExitZeroWhenEverythingRequiredIsOk() throws Exception {
		Path catalog = catalogFile(new LabCatalog().add(https(lab.host("good"), lab.good.port()), https("*." + Lab.DOMAIN, 443)));
		Run run = run(probeArgs(catalog).toArray(new String[0]));
		assertEquals(0, run.code, run.out + run.err);
		assertTrue(run.out.startsWith("OK (1, ok)"), run.out);
		assertTrue(run.out.contains("NOT_TESTABLE_WILDCARD (1, not testable)"), run.out);
		assertFalse(run.err.contains("probe 1/"), "no progress when stderr is not a terminal");
	}

	@Test
	void theRunEndsWithinItsDeadlineWithBlackholes() throws Exception {
		LabCatalog catalog = new LabCatalog().add(https(lab.host("good"), lab.good.port()));
		for (int i = 0; i < 4; i++) {
			catalog.add(https(lab.netns != null ? "c" + i + ".blackhole." + Lab.DOMAIN : lab.blackholeAddress(), lab.blackholePort()));
		}
		long start = System.nanoTime();
		Run run = run(probeArgs(catalogFile(catalog), "--timeout", "20000", "--deadline", "1000", "--format", "json").toArray(new String[0]));
		long ms = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
		assertEquals(1, run.code, run.err);
		// only the deadline can end it this early: the timeout is 20 s
		assertTrue(ms < 10_000, ms + " ms");
		assertTrue(run.out.contains("DEADLINE_EXCEEDED"), run.out);
	}

	@Test
	void usageErrors() throws Exception {
		Path catalog = catalogFile(new LabCatalog().add(https(lab.host("good"), lab.good.port())));
		String[][] bad = { { "--format", "xml" }, { "--proxy", "http://alice:secret@127.0.0.1:3128" }, { "--timeout", "0" },
				{ "--concurrency", "x" }, { "--dns", "127.0.0.1:99999" }, { "--ca-file", "/nonexistent.pem" } };
		for (String[] options : bad) {
			Run run = run(probeArgs(catalog, options).toArray(new String[0]));
			assertEquals(2, run.code, String.join(" ", options) + ": " + run.err);
			assertFalse(run.err.contains("secret"), run.err);
			assertEquals(1, run.err.strip().lines().count(), run.err);
		}
		if (System.getenv("ENDPOINT_ATLAS_PROXY_PASSWORD") == null) {
			Run run = run(probeArgs(catalog, "--proxy", "http://alice@127.0.0.1:3128").toArray(new String[0]));
			assertEquals(2, run.code, run.err);
			assertTrue(run.err.contains("ENDPOINT_ATLAS_PROXY_PASSWORD"), run.err);
		}
	}
}
