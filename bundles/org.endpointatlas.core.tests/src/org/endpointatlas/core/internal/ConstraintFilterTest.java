package org.endpointatlas.core.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.endpointatlas.core.pattern.HostPattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** When a catalog policy's pattern covers an entry: every host the entry matches, the policy matches too. */
class ConstraintFilterTest {

	@ParameterizedTest
	@CsvSource({ //
			"*.manage.microsoft.com, *.manage.microsoft.com, true", //
			"*.manage.microsoft.com, configmgrbits.cdn.manage.microsoft.com, true", //
			"*.manage.microsoft.com, *.cdn.manage.microsoft.com, true", //
			"*.manage.microsoft.com, manage.microsoft.com, false", //
			"*.manage.microsoft.com, evilmanage.microsoft.com, false", //
			"*.manage.microsoft.com, {prefix}.manage.microsoft.com, true", //
			"*.data.microsoft.com, *-umwatsonc.events.data.microsoft.com, true", //
			"*-umwatsonc.events.data.microsoft.com, *-umwatsonc.events.data.microsoft.com, true", //
			"*-umwatsonc.events.data.microsoft.com, x-umwatsonc.events.data.microsoft.com, true", //
			"*-umwatsonc.events.data.microsoft.com, *.events.data.microsoft.com, false", //
			"*umwatsonc.events.data.microsoft.com, *-umwatsonc.events.data.microsoft.com, true", //
			"*-umwatsonc.events.data.microsoft.com, *umwatsonc.events.data.microsoft.com, false", //
			"manage.microsoft.com, manage.microsoft.com, true", //
			"manage.microsoft.com, *.manage.microsoft.com, false", //
			"x.manage.microsoft.com, *.manage.microsoft.com, false", //
			"graph.microsoft.com, graph.microsoft.com.evil.net, false" })
	void coversExactlyWhatItShould(String policy, String entry, boolean covered) throws Exception {
		assertEquals(covered, ConstraintFilter.covers(HostPattern.parse(policy), HostPattern.parse(entry)), policy + " over " + entry);
	}
}
