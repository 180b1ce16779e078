package org.endpointatlas.export.integration.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.TreeSet;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;

/**
 * The JSON export read by real consumers: Python's json module with the jsonschema package (Draft 2020-12) against
 * the schema that the export bundle ships and the README documents, and jq.
 */
class JsonConsumerTest {

	@TempDir
	static Path dir;
	static Cli cli;
	static Path json;
	static Path schema;

	@BeforeAll
	static void start() throws Exception {
		cli = Cli.start(dir);
		json = dir.resolve("export.json");
		cli.run("export", "--format", "json", "--catalog", EdgeCatalog.write(dir).toString(), "-o", json.toString()).ok();
		Bundle export = java.util.Arrays.stream(FrameworkUtil.getBundle(JsonConsumerTest.class).getBundleContext().getBundles())
				.filter(b -> "org.endpointatlas.export".equals(b.getSymbolicName())).findFirst().orElseThrow();
		URL entry = export.getEntry("schema/export.schema.json");
		assertNotNull(entry, "the export bundle ships schema/export.schema.json");
		schema = dir.resolve("export.schema.json");
		try (InputStream in = entry.openStream()) {
			Files.copy(in, schema);
		}
	}

	@Test
	void theExportMatchesTheDocumentedSchema() throws Exception {
		Tools.assumePythonModule("jsonschema", "python3-jsonschema");
		String script = String.join("\n", "import json, sys, jsonschema", "schema = json.load(open(sys.argv[1]))",
				"jsonschema.Draft202012Validator.check_schema(schema)", "data = json.load(open(sys.argv[2], encoding='utf-8'))",
				"jsonschema.Draft202012Validator(schema).validate(data)",
				"edge = [s for s in data['sources'] if s.get('id') == 'edge-doc'][0]",
				"print(len(data['endpointSets']))", "print(json.dumps(edge['title']))", "");
		Tools.Run run = Tools.run(List.of(Tools.PYTHON.toString(), "-c", script, schema.toString(), json.toString()), null, 120);
		assertEquals(0, run.code, run.err);
		List<String> lines = run.out.lines().toList();
		assertTrue(Integer.parseInt(lines.get(0)) > 150, run.out);
		assertEquals(PacConsumerTest.json(EdgeCatalog.HOSTILE_TITLE).replace("\\u000a", "\\n"), lines.get(1), "free text round-trips exactly");
	}

	@Test
	void theSchemaRejectsWhatItShould() throws Exception {
		Tools.assumePythonModule("jsonschema", "python3-jsonschema");
		String script = String.join("\n", "import json, sys, jsonschema", "schema = json.load(open(sys.argv[1]))",
				"data = json.load(open(sys.argv[2], encoding='utf-8'))", "data['endpointSets'][0]['tcpPorts'] = '443; 80'",
				"try:", "    jsonschema.validate(data, schema)", "    print('accepted')", "except jsonschema.ValidationError:", "    print('rejected')", "");
		Tools.Run run = Tools.run(List.of(Tools.PYTHON.toString(), "-c", script, schema.toString(), json.toString()), null, 120);
		assertEquals("rejected", run.out.trim(), run.err);
	}

	@Test
	void jqReadsTheSameHostsAsTheHostsExport() throws Exception {
		Tools.assumeExecutable(Tools.JQ, "jq");
		Tools.Run run = Tools.run(List.of(Tools.JQ.toString(), "-r", ".endpointSets[].urls[]", json.toString()), null, 60);
		assertEquals(0, run.code, run.err);
		String hosts = cli.run("export", "--format", "hosts", "--catalog", dir.resolve("edge-cases.catalog").toString()).ok().out;
		assertEquals(new TreeSet<>(hosts.lines().toList()), new TreeSet<>(run.out.lines().toList()));
	}
}
