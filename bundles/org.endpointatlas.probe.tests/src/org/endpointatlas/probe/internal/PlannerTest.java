package org.endpointatlas.probe.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.endpointatlas.catalog.model.Scheme;
import org.endpointatlas.catalog.model.Transport;
import org.endpointatlas.core.PortSpec;
import org.junit.jupiter.api.Test;

class PlannerTest {

	@Test
	void policiesCoverTheSamePatternTheirHostsAndNarrowerWildcards() {
		assertTrue(Planner.covers("*.manage.microsoft.com", "*.manage.microsoft.com", null));
		assertTrue(Planner.covers("*.manage.microsoft.com", "*.manage.microsoft.com", "configmgrbits.cdn.manage.microsoft.com"));
		assertTrue(Planner.covers("*.manage.microsoft.com", "*.dm.manage.microsoft.com", null));
		assertTrue(Planner.covers("*.manage.microsoft.com", "enterpriseregistration.manage.microsoft.com", "enterpriseregistration.manage.microsoft.com"));
		assertFalse(Planner.covers("*.manage.microsoft.com", "manage.microsoft.com", "manage.microsoft.com"));
		assertFalse(Planner.covers("*.manage.microsoft.com", "login.microsoftonline.com", "login.microsoftonline.com"));
		assertFalse(Planner.covers(null, "a.example.com", "a.example.com"));
	}

	@Test
	void anyEntriesAreWebOnlyOnTheirWebPorts() {
		assertEquals("https", Planner.schemeOf(Scheme.ANY, new PortSpec(Transport.TCP, 443, 443)));
		assertEquals("http", Planner.schemeOf(Scheme.ANY, new PortSpec(Transport.TCP, 80, 80)));
		assertNull(Planner.schemeOf(Scheme.ANY, new PortSpec(Transport.TCP, 5223, 5223)));
		assertEquals("https", Planner.schemeOf(Scheme.HTTPS, new PortSpec(Transport.TCP, 8443, 8443)));
		assertNull(Planner.schemeOf(Scheme.HTTPS, new PortSpec(Transport.UDP, 443, 443)));
	}
}
