package org.endpointatlas.core.pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class HostPatternTest {

	@ParameterizedTest
	@ValueSource(strings = { "go.microsoft.com", "*.manage.microsoft.com", "*-umwatsonc.events.data.microsoft.com",
			"{prefix}.{region}.cloudapp.azure.com", "*.{region}.logic.azure.com", "sccmconnected-a01.cloudapp.net", "aka.ms",
			"xn--bcher-kva.example" })
	void acceptsTheDocumentedForms(String text) throws InvalidHostPatternException {
		assertEquals(text, HostPattern.parse(text).text());
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', value = { //
			"*.com|public suffix \"com\"", //
			"*.co.uk|public suffix \"co.uk\"", //
			"exa mple.com|character '\\u0020' at position 4", //
			"ex\"ample.com|character '\"' at position 3", //
			"*.*.x.com|more than one wildcard", //
			"a..example.com|empty label", //
			".example.com|empty label", //
			"example.com.|empty label", //
			"foo.*.example.com|whole left-most label", //
			"foo*.example.com|whole left-most label", //
			"Example.com|lowercase; write \"example.com\"", //
			"bücher.example|A-labels (punycode); write \"xn--bcher-kva.example\"", //
			"-a.example.com|starts or ends with '-'", //
			"*|needs a domain" })
	void rejectsWithAClearReason(String text, String reason) {
		InvalidHostPatternException e = assertThrows(InvalidHostPatternException.class, () -> HostPattern.parse(text));
		assertTrue(e.getReason().contains(reason), () -> "reason for " + text + " was: " + e.getReason());
		assertEquals(text, e.getValue());
		assertFalse(e.getMessage().contains("\n"));
	}

	@Test
	void wildcardOverAPrivateSuffixIsOnlyAWarning() throws InvalidHostPatternException {
		HostPattern akamai = HostPattern.parse("*.akamaiedge.net");
		assertEquals(1, akamai.warnings().size());
		assertTrue(akamai.warnings().get(0).contains("private-section"));
		assertTrue(HostPattern.parse("*.manage.microsoft.com").warnings().isEmpty());
	}

	@Test
	void wildcardMatchesSubdomainsButNotTheApex() throws InvalidHostPatternException {
		HostPattern pattern = HostPattern.parse("*.manage.microsoft.com");
		assertTrue(pattern.matches("configmgrbits.cdn.manage.microsoft.com"));
		assertTrue(pattern.matches("A.Manage.Microsoft.com"));
		assertFalse(pattern.matches("manage.microsoft.com"));
		assertFalse(pattern.matches("evilmanage.microsoft.com"));
	}

	@Test
	void midLabelWildcardMatchesOnlyWithinTheFirstLabel() throws InvalidHostPatternException {
		HostPattern pattern = HostPattern.parse("*-umwatsonc.events.data.microsoft.com");
		assertTrue(pattern.isMidLabelWildcard());
		assertTrue(pattern.matches("eu-umwatsonc.events.data.microsoft.com"));
		assertFalse(pattern.matches("umwatsonc.events.data.microsoft.com"));
		assertFalse(pattern.matches("-umwatsonc.events.data.microsoft.com"));
		assertFalse(pattern.matches("a.b-umwatsonc.events.data.microsoft.com"));
	}

	@Test
	void placeholdersAreNamedAndResolved() throws InvalidHostPatternException {
		HostPattern pattern = HostPattern.parse("{prefix}.{region}.cloudapp.azure.com");
		assertEquals(Set.of("prefix", "region"), pattern.placeholders());
		assertEquals("contoso.{region}.cloudapp.azure.com", pattern.resolve(Map.of("prefix", "contoso")));
	}

	/**
	 * {@code parse} accepts most patterns in one pass and leaves the rest to the full checks: on strings built to sit at
	 * every limit (label and name lengths, hyphens, dots, wildcards, public suffixes, placeholders, upper case), it must
	 * accept and refuse exactly what the full checks do, with the same warnings.
	 */
	@Test
	void theOnePassCheckAgreesWithTheFullChecks() {
		java.util.Random random = new java.util.Random(20261126);
		String[] pieces = { "a", "z", "0", "9", "-", ".", "*", "*.", "{region}", "A", "\u00fc", " ", "com", "co.uk", "blogspot.com",
				"microsoft.com", "x".repeat(63), "y".repeat(64), "b".repeat(120) };
		int accepted = 0;
		for (int i = 0; i < 20_000; i++) {
			StringBuilder text = new StringBuilder();
			for (int n = random.nextInt(8); n >= 0; n--) {
				text.append(pieces[random.nextInt(pieces.length)]);
			}
			String pattern = text.toString();
			String fast = outcome(() -> HostPattern.parse(pattern));
			assertEquals(outcome(() -> HostPattern.parseThoroughly(pattern)), fast, pattern);
			accepted += fast.startsWith("ok") ? 1 : 0;
		}
		// the generator must reach both sides of every check, or the comparison proves little
		assertTrue(accepted > 2_000 && accepted < 18_000, "accepted " + accepted);
	}

	private interface Parse {
		HostPattern run() throws InvalidHostPatternException;
	}

	private static String outcome(Parse parse) {
		try {
			HostPattern pattern = parse.run();
			return "ok " + pattern.text() + " " + pattern.placeholders() + " " + pattern.warnings();
		} catch (InvalidHostPatternException e) {
			return "refused " + e.getMessage();
		}
	}
}
