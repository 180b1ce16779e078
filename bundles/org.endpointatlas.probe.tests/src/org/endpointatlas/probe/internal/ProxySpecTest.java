package org.endpointatlas.probe.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.endpointatlas.probe.ProxySpec;
import org.junit.jupiter.api.Test;

class ProxySpecTest {

	@Test
	void parsesHostPortAndUser() {
		ProxySpec spec = ProxySpec.parse("http://CORP%5Calice@Proxy.Example:3128", "s3cret".toCharArray());
		assertEquals("proxy.example", spec.getHost());
		assertEquals(3128, spec.getPort());
		assertEquals("CORP\\alice", spec.getUser().orElse(null));
		assertFalse(spec.toString().contains("s3cret"));
		assertTrue(ProberImpl.basicAuthorization(spec).startsWith("Basic "));
	}

	@Test
	void refusesPasswordsAndOtherShapes() {
		assertThrows(IllegalArgumentException.class, () -> ProxySpec.parse("http://alice:pw@proxy:3128", null));
		assertThrows(IllegalArgumentException.class, () -> ProxySpec.parse("https://proxy:3128", null));
		assertThrows(IllegalArgumentException.class, () -> ProxySpec.parse("http://proxy", null));
		assertThrows(IllegalArgumentException.class, () -> ProxySpec.parse("proxy:3128", null));
		assertThrows(IllegalArgumentException.class, () -> ProxySpec.parse("http://proxy:3128/path", null));
	}

	@Test
	void noUserNoAuthorization() {
		assertEquals(null, ProberImpl.basicAuthorization(ProxySpec.parse("http://[::1]:3128", null)));
		assertEquals("http://[::1]:3128", ProxySpec.parse("http://[::1]:3128", null).toString());
	}
}
