package org.endpointatlas.integration.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.Collectors;

import org.endpointatlas.core.CatalogRegistry;
import org.endpointatlas.core.ContributedCatalog;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.osgi.framework.Bundle;

class AreaExtenderTest {

	private CatalogRegistry registry;

	@BeforeEach
	void startFramework() throws Exception {
		Services.startAreaBundles();
		registry = Services.get(CatalogRegistry.class);
	}

	private List<String> areaIds() {
		return registry.getCatalogs().stream().flatMap(c -> c.getCatalog().getAreas().stream()).map(a -> a.getId()).sorted()
				.collect(Collectors.toList());
	}

	@Test
	void bothBuiltInAreasAreRegisteredWithTheirBundles() throws Exception {
		Services.waitUntil(() -> areaIds().containsAll(List.of("updates-and-servicing", "url-forwarding")), "both areas are registered");
		assertEquals(List.of("org.endpointatlas.configmgr.updates", "org.endpointatlas.configmgr.urlforwarding"),
				registry.getCatalogs().stream().map(ContributedCatalog::getOrigin).filter(o -> o.startsWith("org.endpointatlas.configmgr"))
						.collect(Collectors.toList()));
		assertTrue(registry.getProblems().isEmpty(), registry.getProblems().toString());
	}

	@Test
	void stoppingAnAreaBundleRemovesItsAreaAndStartingRestoresIt() throws Exception {
		Bundle updates = Services.bundle("org.endpointatlas.configmgr.updates");
		Services.waitUntil(() -> areaIds().contains("updates-and-servicing"), "updates-and-servicing is registered");
		List<String> before = areaIds();
		updates.stop();
		Services.waitUntil(() -> !areaIds().contains("updates-and-servicing"), "updates-and-servicing is gone");
		List<String> expected = new java.util.ArrayList<>(before);
		expected.remove("updates-and-servicing");
		assertEquals(expected, areaIds(), "only the stopped bundle's area goes");
		updates.start(Bundle.START_ACTIVATION_POLICY);
		Services.waitUntil(() -> areaIds().contains("updates-and-servicing"), "updates-and-servicing is back");
		assertEquals(before, areaIds());
	}
}
