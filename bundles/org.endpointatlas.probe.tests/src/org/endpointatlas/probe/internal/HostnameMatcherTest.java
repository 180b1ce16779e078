package org.endpointatlas.probe.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class HostnameMatcherTest {

	@ParameterizedTest
	@CsvSource({ "a.example.com, a.example.com, true", "*.example.com, a.example.com, true", "*.example.com, a.b.example.com, false",
			"*.example.com, example.com, false", "*.com, example.com, false", "a.example.com, b.example.com, false",
			"*.manage.microsoft.com, configmgrbits.cdn.manage.microsoft.com, false" })
	void rfc6125Wildcards(String pattern, String host, boolean expected) {
		assertEquals(expected, HostnameMatcher.matchesPattern(pattern, host));
	}
}
