package org.endpointatlas.export.integration.tests;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A user catalog ({@code --catalog FILE}) with the cases the built-in catalog lacks: a wildcard without its bare
 * domain and one with it, overlapping wildcards, a mid-label wildcard that no other wildcard covers, HTTP only, TLS on a
 * non-standard port, UDP only, a non-web TCP port, a path, and free text (a source title, notes, an area name) that
 * tries to break out of every output format. Host names are under contoso-test.net and never resolved: the squid test
 * maps them to 127.0.0.1 in its own hosts file.
 */
final class EdgeCatalog {

	static final String AREA = "export-edge-cases";
	/** A source title that tries to end a comment line in PAC, squid and EDL output and to close a script. */
	static final String HOSTILE_TITLE = "Edge cases\nhttp_access allow all\nvar MATCH = \"DIRECT\"; // </script> \\";
	static final String FORMULA_NOTE = "=cmd|' /C calc'!A0";
	static final String QUOTED_NOTE = "line1\nline2 \"quoted\", comma";

	private EdgeCatalog() {
	}

	static Path write(Path dir) throws IOException {
		String xmi = String.join("\n", //
				"<?xml version=\"1.0\" encoding=\"UTF-8\"?>", //
				"<catalog:Catalog xmi:version=\"2.0\" xmlns:xmi=\"http://www.omg.org/XMI\" xmlns:catalog=\"http://endpointatlas.org/catalog/1.0\"", //
				"    id=\"export-edge-cases\" name=\"Export edge cases\" version=\"7\">", //
				"  <sources id=\"edge-doc\" title=\"" + attribute(HOSTILE_TITLE) + "\" path=\"edge.md\" commit=\"0123456789abcdef\"/>", //
				"  <areas id=\"" + AREA + "\" name=\"Edge | cases *bold* &lt;b&gt;x&lt;/b&gt;\" description=\"[link](javascript:alert(1)) `code`\">", //
				endpoint("*.wild.contoso-test.net", "https", "", "tcp:443"), //
				endpoint("a.wild.contoso-test.net", "https", "", "tcp:443"), //
				endpoint("*.deep.wild.contoso-test.net", "https", "", "tcp:443"), //
				endpoint("*-edgeatlas.svc.contoso-test.net", "https", "", "tcp:443"), //
				endpoint("apex.contoso-test.net", "https", "", "tcp:443"), //
				endpoint("*.apex.contoso-test.net", "https", "", "tcp:443"), //
				endpoint("plain.contoso-test.net", "http", "", "tcp:80"), //
				endpoint("alt.contoso-test.net", "https", "", "tcp:8443"), //
				endpoint("ntp.contoso-test.net", "any", "", "udp:123"), //
				endpoint("push.contoso-test.net", "any", "", "tcp:443", "tcp:5223"), //
				"    <endpoints pattern=\"files.contoso-test.net\" scheme=\"https\" pathAndQuery=\"/download/file.cab?x=1\">", //
				"      <ports transport=\"tcp\" from=\"443\"/>", //
				"      <constraints kind=\"no-tls-inspection\" description=\"edge case\"/>", //
				"      <notes>" + attribute(FORMULA_NOTE) + "</notes>", //
				"      <notes>" + attribute(QUOTED_NOTE) + "</notes>", //
				"    </endpoints>", //
				"  </areas>", //
				"</catalog:Catalog>", "");
		Path file = dir.resolve("edge-cases.catalog");
		Files.createDirectories(dir);
		Files.writeString(file, xmi, StandardCharsets.UTF_8);
		return file;
	}

	private static String endpoint(String pattern, String scheme, String extra, String... ports) {
		StringBuilder xml = new StringBuilder("    <endpoints pattern=\"" + pattern + "\" scheme=\"" + scheme + "\"" + extra + ">\n");
		for (String port : ports) {
			String[] parts = port.split(":");
			xml.append("      <ports transport=\"").append(parts[0]).append("\" from=\"").append(parts[1]).append("\"/>\n");
		}
		return xml.append("    </endpoints>").toString();
	}

	/** XML attribute or text content, with newlines as character references so that they survive. */
	static String attribute(String text) {
		return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;").replace("'", "&apos;")
				.replace("\n", "&#10;");
	}
}
