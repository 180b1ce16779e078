package org.endpointatlas.export.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.endpointatlas.export.ExportContext;
import org.endpointatlas.export.ExportHeader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The second line of defence, on its own: each writer's escaping and checking, fed the strings that the loader already
 * refuses (quotes, backslashes, newlines, {@code );}, {@code </script>}, {@code =cmd|}, spaces, {@code #}) and more.
 */
class EscapingTest {

	static final List<String> HOSTILE = List.of("a\"b", "a\\b", "a\nb", "a\rb", "x);alert(1);//", "</script><script>alert(1)</script>",
			"=cmd|' /C calc'!A0", "a b", "a#b", "a'b", "a\u2028b", "a\u2029b", "a\u0085b", "a\u0000b", "a\tb", "\u00e9t\u00e9", "a`b`c", "*/ x /*",
			"-->", "${x}", "a|b");

	@Test
	void javascriptLiteralsRoundTripAndCannotEndEarly() {
		Pattern safe = Pattern.compile("\"(?:[A-Za-z0-9 .:;_=*-]|\\\\u[0-9a-f]{4})*\"");
		for (String value : HOSTILE) {
			String literal = PacExporter.js(value);
			assertTrue(safe.matcher(literal).matches(), literal);
			assertEquals(value, unescapeJs(literal), "round trip of " + literal);
		}
		assertEquals("\"=download.microsoft.com\"", PacExporter.js("=download.microsoft.com"));
	}

	private static String unescapeJs(String literal) {
		Matcher escape = Pattern.compile("\\\\u([0-9a-f]{4})").matcher(literal.substring(1, literal.length() - 1));
		StringBuilder out = new StringBuilder();
		while (escape.find()) {
			escape.appendReplacement(out, Matcher.quoteReplacement(String.valueOf((char) Integer.parseInt(escape.group(1), 16))));
		}
		return escape.appendTail(out).toString();
	}

	@ParameterizedTest
	@ValueSource(strings = { "DIRECT", "PROXY proxy:8080", "PROXY proxy.example.com:3128; DIRECT", "PROXY a:1;DIRECT", "SOCKS5 [::1]:1080",
			"HTTPS secure.example.com:443", "SOCKS 10.0.0.1:1080", "proxy p.example:8080" })
	void pacActionsOfTheSpecificationAreAccepted(String action) {
		assertTrue(PacExporter.ACTION.matcher(action).matches(), action);
	}

	@ParameterizedTest
	@ValueSource(strings = { "", "DIRECT\"; alert(1); \"", "PROXY proxy:8080\n}", "PROXY </script>:1", "PROXY a b:1", "PROXY", "PROXY host",
			"DIRECT;", "PROXY a:1;; DIRECT", "PROXY a:123456", "PROXY a:1 // x", "PROXY -a:1", "FTP a:1", "DIRECT\u2028", "PROXY a:1\\" })
	void anythingElseIsRefused(String action) {
		assertFalse(PacExporter.ACTION.matcher(action).matches(), action);
	}

	@Test
	void squidWordsCannotSplitCommentOrContinue() {
		for (String value : HOSTILE) {
			// squid splits words on whitespace and starts comments with #; quotes and non-ASCII have no place in a host
			if (value.chars().anyMatch(c -> c <= 0x20 || c >= 0x7f || c == '#' || c == '"' || c == '\'')) {
				assertThrows(IllegalStateException.class, () -> SquidExporter.line("acl", "x", "dstdomain", value), value);
			}
			assertThrows(IllegalStateException.class, () -> SquidExporter.checkedDomain(value), value);
			assertThrows(IllegalStateException.class, () -> SquidExporter.checkedRegex(value), value);
		}
		assertThrows(IllegalStateException.class, () -> SquidExporter.line("acl", "", "dstdomain", ".x.com"));
		assertThrows(IllegalStateException.class, () -> SquidExporter.checkedRegex("^.*$"));
		assertEquals("acl n dstdomain .x.com\n", SquidExporter.line("acl", "n", "dstdomain", SquidExporter.checkedDomain(".x.com")));
		assertEquals("^[a-z0-9-]+-u\\.x\\.com$", SquidExporter.checkedRegex("^[a-z0-9-]+-u\\.x\\.com$"));
	}

	@ParameterizedTest
	@ValueSource(strings = { "endpoint_atlas_allow", "a", "No_Bump_2" })
	void squidAclNamesOfLettersDigitsAndUnderscore(String name) {
		assertTrue(SquidExporter.ACL_NAME.matcher(name).matches());
	}

	@ParameterizedTest
	@ValueSource(strings = { "", "1abc", "two words", "all\nhttp_access allow all", "a#b", "a-b", "a.b", "x\"y", "abcdefghijklmnopqrstuvwxyz0123456789" })
	void otherSquidAclNamesAreRefused(String name) {
		assertFalse(SquidExporter.ACL_NAME.matcher(name).matches());
	}

	@Test
	void squidCollapsesWhatADotDomainCovers() {
		Set<String> domains = new TreeSet<>(List.of(".x.com", "x.com", "a.x.com", ".b.x.com", "c.b.x.com", "y.com", ".z.y.com", "xx.com", "ax.com"));
		assertEquals(List.of(".x.com", ".z.y.com", "ax.com", "xx.com", "y.com"), SquidExporter.collapse(domains));
	}

	/** The in-place suffix lookup against the plain definition, on names where parents, twins and look-alikes meet. */
	@Test
	void squidCollapseAgreesWithTheDefinition() {
		List<String> labels = List.of("a", "b", "ab", "x", "xa");
		Set<String> domains = new TreeSet<>();
		for (String first : labels) {
			for (String second : labels) {
				domains.add(first + "." + second + ".com");
				domains.add("." + second + ".com");
				domains.add(second + ".com");
				domains.add("." + first + "." + second + ".com");
				domains.add(first + second + ".com");
			}
		}
		domains.removeIf(d -> d.hashCode() % 3 == 0);
		List<String> expected = new ArrayList<>();
		for (String domain : domains) {
			String name = domain.startsWith(".") ? domain.substring(1) : domain;
			boolean covered = !domain.startsWith(".") && domains.contains("." + name);
			for (int dot = name.indexOf('.'); dot >= 0 && !covered; dot = name.indexOf('.', dot + 1)) {
				covered = domains.contains(name.substring(dot));
			}
			if (!covered) {
				expected.add(domain);
			}
		}
		assertEquals(expected, SquidExporter.collapse(domains));
	}

	@Test
	void longApproximationListsNameTheFirstAndCountTheRest() {
		List<String> warnings = new ArrayList<>();
		Approximations approximations = new Approximations("squid");
		for (int i = 0; i < 1000; i++) {
			approximations.add("reason", String.format("h%04d.example.com", i));
		}
		approximations.add("short", "one.example.com");
		approximations.report(new ExportContext(java.util.Map.of(), warnings::add));
		assertEquals(2, warnings.size());
		assertTrue(warnings.get(0).startsWith("squid: reason: h0000.example.com, h0001.example.com,"), warnings.get(0));
		assertTrue(warnings.get(0).endsWith("h" + String.format("%04d", Approximations.LISTED - 1) + ".example.com and "
				+ (1000 - Approximations.LISTED) + " more"), warnings.get(0));
		assertEquals("squid: short: one.example.com", warnings.get(1));
	}

	@Test
	void commentTextStaysOnOneLine() {
		for (String value : HOSTILE) {
			String line = ExportHeader.singleLine("title " + value + " end");
			assertFalse(line.chars().anyMatch(c -> c < 0x20 || c == 0x85 || c == 0x2028 || c == 0x2029 || c == 0x7f), line);
		}
		assertEquals("ends with a backslash", ExportHeader.singleLine("ends with a backslash \\\\"));
		assertEquals("lone ? surrogate".replace('?', ' '), ExportHeader.singleLine("lone \ud800 surrogate"));
		assertEquals("pair \ud83d\ude00 kept", ExportHeader.singleLine("pair \ud83d\ude00 kept"));
	}

	@Test
	void markdownTextCannotOpenTagsLinksCodeOrCells() {
		for (String value : HOSTILE) {
			String text = MarkdownExporter.text(value);
			assertFalse(text.contains("<") || text.contains(">") || text.contains("\n") || text.contains("\r"), text);
			assertFalse(Pattern.compile("(?<!\\\\)[|`*_\\[\\]#]").matcher(text).find(), "unescaped Markdown punctuation: " + text);
		}
		assertEquals("&lt;script&gt;alert(1)&lt;/script&gt;", MarkdownExporter.text("<script>alert(1)</script>"));
		assertEquals("\\[x\\](javascript:alert(1)) \\*b\\* a\\|b", MarkdownExporter.text("[x](javascript:alert(1)) *b* a|b"));
		assertEquals("`*.x.com`", MarkdownExporter.code("*.x.com"));
		assertEquals("``a`b``", MarkdownExporter.code("a`b"));
		assertEquals("`a\\|b`", MarkdownExporter.code("a|b"));
		assertEquals("`` `x ``", MarkdownExporter.code("`x"));
	}

	@Test
	void csvCellsThatASpreadsheetWouldRunAreNeutralised() {
		for (String formula : List.of("=cmd|' /C calc'!A0", "+1", "-1+1", "@SUM(A1)", "\t=1", "\r=1", "\n=1")) {
			assertEquals("'" + formula, CsvExporter.neutralise(formula));
		}
		for (String plain : List.of("", "download.microsoft.com", "*.manage.microsoft.com", "a=b", "'quoted")) {
			assertEquals(plain, CsvExporter.neutralise(plain));
		}
	}

	@Test
	void edlEntriesAreHostsWithAnOptionalWholeTokenWildcardAndTheSlash() {
		for (String value : HOSTILE) {
			assertFalse(EdlExporter.ENTRY.matcher("x" + value + ".com/").matches(), value);
		}
		for (String bad : List.of("x.com", "*-u.x.com/", "x.*.com/", "*.com.*/", "x.com/path", "*x.com/", "x/")) {
			assertFalse(EdlExporter.ENTRY.matcher(bad).matches(), bad);
		}
		assertTrue(EdlExporter.ENTRY.matcher("*.x.com/").matches());
	}
}
