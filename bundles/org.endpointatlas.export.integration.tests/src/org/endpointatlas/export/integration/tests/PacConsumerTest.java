package org.endpointatlas.export.integration.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The PAC export evaluated by a real PAC engine: pacparser (Debian's python3-pacparser, on SpiderMonkey with the
 * standard PAC helper functions) calls FindProxyForURL for a table of hosts, including look-alikes and hostile strings.
 */
class PacConsumerTest {

	static final String MATCH = "PROXY bypass.example.net:3128";
	static final String DEFAULT = "PROXY proxy.example.net:8080";

	/**
	 * Evaluates JSON lines [url, host] and prints one JSON string per line. With a second argument "harness", the host
	 * goes to FindProxyForURL percent-encoded behind "h:" and a small wrapper decodes it: pacparser itself refuses some
	 * hosts (an empty one, a newline) before the PAC file sees them, and the hostile cases must reach our code.
	 */
	static final String EVALUATOR = String.join("\n", "import json, sys, urllib.parse, pacparser", "pacparser.init()",
			"pac = open(sys.argv[1], encoding='utf-8').read()", "harness = len(sys.argv) > 2", "if harness:",
			"    pac = pac.replace('function FindProxyForURL(', 'function ourFindProxyForURL(', 1)",
			"    pac += '\\nfunction FindProxyForURL(url, host) { return ourFindProxyForURL(url, decodeURIComponent(host.substring(2))); }\\n'",
			"pacparser.parse_pac_string(pac)", "for line in sys.stdin:", "    url, host = json.loads(line)", "    if harness:",
			"        url, host = 'https://h.invalid/', 'h:' + urllib.parse.quote(host, safe='')", "    try:", "        print(json.dumps(pacparser.find_proxy(url, host)))",
			"    except Exception as e:", "        print(json.dumps('ERROR ' + str(e)))", "pacparser.cleanup()", "");

	@TempDir
	static Path dir;
	static Cli cli;
	static String edge;

	@BeforeAll
	static void start() throws Exception {
		cli = Cli.start(dir);
		edge = EdgeCatalog.write(dir).toString();
	}

	/** Host to whether the catalog covers it (the PAC must return MATCH) or not (DEFAULT). */
	static Map<String, Boolean> hosts() {
		Map<String, Boolean> table = new LinkedHashMap<>(plainHosts());
		table.putAll(hostileHosts());
		return table;
	}

	/** Hosts a browser could pass. */
	static Map<String, Boolean> plainHosts() {
		Map<String, Boolean> table = new LinkedHashMap<>();
		table.put("download.microsoft.com", true);
		table.put("DOWNLOAD.Microsoft.COM", true);
		table.put("download.microsoft.com.", true);
		table.put("x.manage.microsoft.com", true);
		table.put("a.b.manage.microsoft.com", true);
		table.put("a1-umwatsonc.events.data.microsoft.com", true);
		// look-alikes
		table.put("update.microsoft.com.evil.net", false);
		table.put("evilmicrosoft.com", false);
		table.put("download.microsoft.com.evil.net", false);
		table.put("xdownload.microsoft.com", false);
		table.put("download.microsoft.co", false);
		table.put("manage.microsoft.com.evil.net", false);
		table.put("microsoft.com", false);
		// apex rules: *.wild... does not match wild... itself; apex.contoso-test.net is listed explicitly
		table.put("q.wild.contoso-test.net", true);
		table.put("wild.contoso-test.net", false);
		table.put("a.wild.contoso-test.net", true);
		table.put("apex.contoso-test.net", true);
		table.put("x.apex.contoso-test.net", true);
		// mid-label: exactly one label that ends with -edgeatlas
		table.put("x-edgeatlas.svc.contoso-test.net", true);
		table.put("a1-b2-edgeatlas.svc.contoso-test.net", true);
		table.put("a.x-edgeatlas.svc.contoso-test.net", false);
		table.put("edgeatlas.svc.contoso-test.net", false);
		table.put("-edgeatlas.svc.contoso-test.net", false);
		table.put("x-edgeatlasx.svc.contoso-test.net", false);
		// UDP-only entries are not in a PAC file
		table.put("ntp.contoso-test.net", false);
		table.put("13.107.4.50", false);
		return table;
	}

	/** Strings no browser passes as a host, some of which pacparser itself refuses. */
	static Map<String, Boolean> hostileHosts() {
		Map<String, Boolean> table = new LinkedHashMap<>();
		table.put("x.manage.microsoft.com", true);
		table.put("x.manage.microsoft.com\"; return \"DIRECT", false);
		table.put("x.manage.microsoft.com\n", false);
		table.put("</script><script>alert(1)</script>", false);
		table.put("__proto__", false);
		table.put("constructor", false);
		table.put("hasOwnProperty", false);
		table.put("=download.microsoft.com", false);
		table.put("*.manage.microsoft.com", false);
		table.put("..manage.microsoft.com", false);
		table.put("a b.manage.microsoft.com", false);
		table.put("x.manage.microsoft.com\u2028", false);
		table.put("", false);
		table.put("x.manage.microsoft.com\u0000", false);
		return table;
	}

	@Test
	void pacparserRoutesCatalogHostsToMatchAndEverythingElseToDefault() throws Exception {
		Tools.assumePythonModule("pacparser", "python3-pacparser");
		Path pac = dir.resolve("proxy.pac");
		cli.run("export", "--format", "pac", "--catalog", edge, "--pac-match", MATCH, "--pac-default", DEFAULT, "-o", pac.toString()).ok();
		List<String> failures = new ArrayList<>();
		check(pac, plainHosts(), false, failures);
		check(pac, hosts(), true, failures);
		assertTrue(failures.isEmpty(), String.join("\n", failures));
	}

	private static void check(Path pac, Map<String, Boolean> table, boolean harness, List<String> failures) throws Exception {
		List<String> results = evaluate(pac, table.keySet(), harness);
		int i = 0;
		for (Map.Entry<String, Boolean> row : table.entrySet()) {
			String expected = row.getValue() ? MATCH : DEFAULT;
			if (!expected.equals(results.get(i))) {
				failures.add((harness ? "(harness) " : "") + json(row.getKey()) + " -> " + results.get(i) + "; expected " + expected);
			}
			i++;
		}
	}

	@Test
	void aHostileSourceTitleStaysInItsCommentAndDefaultsApply() throws Exception {
		Tools.assumePythonModule("pacparser", "python3-pacparser");
		Path pac = dir.resolve("defaults.pac");
		cli.run("export", "--format", "pac", "--catalog", edge, "-o", pac.toString()).ok();
		assertTrue(Files.readString(pac).contains("// Source: Edge cases http_access allow all var MATCH = \"DIRECT\"; // </script>"));
		assertEquals(List.of("DIRECT", "PROXY proxy:8080"), evaluate(pac, List.of("x.manage.microsoft.com", "evilmicrosoft.com"), false));
	}

	private static List<String> evaluate(Path pac, Iterable<String> hosts, boolean harness) throws Exception {
		StringBuilder input = new StringBuilder();
		for (String host : hosts) {
			input.append("[").append(json("https://" + host + "/")).append(", ").append(json(host)).append("]\n");
		}
		Path script = dir.resolve("evaluate.py");
		Files.writeString(script, EVALUATOR);
		List<String> command = new ArrayList<>(List.of(Tools.PYTHON.toString(), script.toString(), pac.toString()));
		if (harness) {
			command.add("harness");
		}
		Tools.Run run = Tools.run(command, input.toString(), 120);
		assertEquals(0, run.code, run.err);
		List<String> results = new ArrayList<>();
		for (String line : run.out.lines().toList()) {
			assertTrue(line.startsWith("\"") && line.endsWith("\"") && !line.contains("\\"), line);
			results.add(line.substring(1, line.length() - 1));
		}
		return results;
	}

	/** A JSON string literal (the evaluator reads JSON lines). */
	static String json(String text) {
		StringBuilder out = new StringBuilder("\"");
		for (char c : text.toCharArray()) {
			if (c == '"' || c == '\\') {
				out.append('\\').append(c);
			} else if (c < 0x20 || c > 0x7e) {
				out.append(String.format("\\u%04x", (int) c));
			} else {
				out.append(c);
			}
		}
		return out.append('"').toString();
	}
}
