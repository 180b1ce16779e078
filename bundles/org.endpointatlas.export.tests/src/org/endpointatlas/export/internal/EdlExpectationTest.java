package org.endpointatlas.export.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.regex.Pattern;

import org.endpointatlas.catalog.model.Scheme;
import org.junit.jupiter.api.Test;

/**
 * The EDL export against PAN-OS's published rules for URL category exception lists (custom URL categories and URL
 * EDLs), not against our own earlier output. The rules, as Palo Alto Networks states them:
 * <ol>
 * <li>"The following characters are considered token separators: . / ? &amp; = ; +" and "Wildcard characters must be
 * the only character within a token" ("Wildcard Guidelines for URL Category Exception Lists", PAN-OS 7.1 admin guide;
 * the same in the "Guidelines for URL Category Exceptions" of Advanced URL Filtering).</li>
 * <li>"Use an asterisk (*) wildcard to indicate one or multiple variable subdomains"; "Use caret (^) wildcards to
 * indicate one variable subdomain" (same page).</li>
 * <li>"if you add example.com to a list of allowed websites, the firewall assumes an implicit asterisk and interprets
 * that entry as example.com.* . As a result, the firewall allows access to sites such as example.com.test.info. You can
 * construct domain entries with a trailing slash (example.com/) to prevent the firewall from assuming an implicit
 * asterisk" (PAN-OS 10.0 admin guide, Custom URL Categories).</li>
 * <li>"to match the entry *.example.com, a URL must include at least one subdomain and end with the root domain,
 * example.com ... news.example.com is a match, but example.com is not because it lacks a subdomain" (Guidelines for URL
 * Category Exceptions).</li>
 * </ol>
 * {@link #panOsMatches} implements these rules for host-only URLs; it is first checked against the examples of the
 * documents themselves, then used on our output.
 */
class EdlExpectationTest {

	/** A host-only URL matched by an entry, by rules 1 to 4 above. */
	static boolean panOsMatches(String entry, String host) {
		boolean slash = entry.endsWith("/");
		String body = slash ? entry.substring(0, entry.length() - 1) : entry;
		StringBuilder regex = new StringBuilder("^");
		String[] tokens = body.split("\\.", -1);
		for (int i = 0; i < tokens.length; i++) {
			if (i > 0) {
				regex.append("\\.");
			}
			switch (tokens[i]) {
			case "*" -> regex.append("[^./?&=;+]+(?:\\.[^./?&=;+]+)*");
			case "^" -> regex.append("[^./?&=;+]+");
			default -> {
				if (tokens[i].contains("*") || tokens[i].contains("^")) {
					throw new IllegalArgumentException("invalid entry: a wildcard must be the only character of its token: " + entry);
				}
				regex.append(Pattern.quote(tokens[i]));
			}
			}
		}
		// no trailing slash: an implicit asterisk to the right (rule 3)
		regex.append(slash ? "$" : "(?:\\..*)?$");
		return Pattern.compile(regex.toString()).matcher(host).matches();
	}

	@Test
	void theMatcherAgreesWithTheVendorsOwnExamples() {
		assertTrue(panOsMatches("example.com", "example.com.test.info"), "rule 3: implicit asterisk without the slash");
		assertTrue(!panOsMatches("example.com/", "example.com.test.info"), "rule 3: the trailing slash prevents it");
		assertTrue(panOsMatches("example.com/", "example.com"));
		assertTrue(panOsMatches("*.example.com/", "news.example.com"), "rule 4");
		assertTrue(!panOsMatches("*.example.com/", "example.com"), "rule 4: at least one subdomain");
		assertTrue(panOsMatches("*.domain.com/", "abc.xyz.domain.com"), "rule 2: * is one or more subdomains");
		assertTrue(!panOsMatches("^.domain.com/", "abc.xyz.domain.com"), "rule 2: ^ is exactly one");
		assertTrue(panOsMatches("^.domain.com/", "docs.domain.com"));
	}

	@Test
	void ourEntriesFollowTheRules() throws Exception {
		TestCatalog catalog = new TestCatalog();
		catalog.add("update.microsoft.com", Scheme.HTTPS);
		catalog.add("*.manage.microsoft.com", Scheme.HTTPS);
		catalog.add("*-umwatsonc.events.data.microsoft.com", Scheme.HTTPS);
		catalog.addWithPath("go.microsoft.com", Scheme.HTTPS, "/fwlink/?LinkID=619849", "tcp/443");
		catalog.add("time.windows.com", Scheme.ANY, "udp/123");
		catalog.add("push.example.net", Scheme.ANY, "tcp/443", "tcp/5223");
		String edl = catalog.export(new EdlExporter());
		List<String> entries = edl.lines().toList();
		assertEquals(List.of("*.events.data.microsoft.com/", "*.manage.microsoft.com/", "go.microsoft.com/", "push.example.net/",
				"update.microsoft.com/"), entries);
		Object[][] table = { //
				{ "update.microsoft.com", true }, { "update.microsoft.com.evil.net", false }, { "evilupdate.microsoft.com", false }, //
				{ "x.manage.microsoft.com", true }, { "a.b.manage.microsoft.com", true }, { "manage.microsoft.com", false }, //
				{ "manage.microsoft.com.evil.net", false }, { "x-umwatsonc.events.data.microsoft.com", true }, //
				{ "go.microsoft.com", true }, { "go.microsoft.com.evil.net", false }, { "time.windows.com", false }, //
				{ "evilmicrosoft.com", false } };
		for (Object[] row : table) {
			boolean matched = entries.stream().anyMatch(e -> panOsMatches(e, (String) row[0]));
			assertEquals(row[1], matched, row[0] + " against " + entries);
		}
		// the broader entry for the mid-label wildcard is warned, as are the path, the UDP-only entry and the 5223 port
		String warnings = String.join("\n", catalog.warnings);
		assertTrue(warnings.contains("*-umwatsonc.events.data.microsoft.com -> *.events.data.microsoft.com/"), warnings);
		assertTrue(warnings.contains("go.microsoft.com/fwlink/?LinkID=619849"), warnings);
		assertTrue(warnings.contains("time.windows.com udp/123"), warnings);
		assertTrue(warnings.contains("push.example.net tcp/5223"), warnings);
	}

	@Test
	void withoutTheSlashTheLookAlikesWouldMatch() {
		// why every entry ends with "/": the same entries without it let the look-alikes through (rule 3)
		assertTrue(panOsMatches("update.microsoft.com", "update.microsoft.com.evil.net"));
		assertTrue(!panOsMatches("update.microsoft.com/", "update.microsoft.com.evil.net"));
	}

	@Test
	void headerLinesOnlyWhenAsked() throws Exception {
		TestCatalog catalog = new TestCatalog("Doc\nhttp://evil.example/");
		catalog.add("x.example.com", Scheme.HTTPS);
		assertEquals("x.example.com/\n", catalog.export(new EdlExporter()));
		String withHeader = catalog.export(new EdlExporter(), "header", "true");
		assertEquals(List.of("# Generated by Endpoint Atlas from catalog test@1", "# Source: Doc http://evil.example/, doc.md", "x.example.com/"),
				withHeader.lines().toList());
	}
}
