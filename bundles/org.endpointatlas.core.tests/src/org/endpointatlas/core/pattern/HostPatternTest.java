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
}
