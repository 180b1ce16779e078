package org.endpointatlas.integration.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.util.Hashtable;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import org.endpointatlas.core.CatalogRegistry;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.osgi.framework.Bundle;
import org.osgi.framework.ServiceRegistration;
import org.osgi.service.event.Event;
import org.osgi.service.event.EventAdmin;
import org.osgi.service.event.EventConstants;
import org.osgi.service.event.EventHandler;

/**
 * With a real Event Admin, the registry posts {@link CatalogRegistry#CHANGED_TOPIC} when an area bundle stops or starts.
 * Event Admin is started here and stopped again afterwards: the other tests run without it, as the command line does.
 */
class CatalogChangedEventTest {

	private static final String EVENT_ADMIN_BUNDLE = "org.eclipse.equinox.event";
	private static final String UPDATES = "org.endpointatlas.configmgr.updates";

	private final BlockingQueue<Event> received = new LinkedBlockingQueue<>();
	private ServiceRegistration<EventHandler> handler;
	private CatalogRegistry registry;

	@BeforeEach
	void startEventAdminAndListen() throws Exception {
		Services.startAreaBundles();
		registry = Services.get(CatalogRegistry.class);
		Services.bundle(EVENT_ADMIN_BUNDLE).start();
		Services.get(EventAdmin.class);
		handler = Services.context().registerService(EventHandler.class, received::add,
				new Hashtable<>(Map.of(EventConstants.EVENT_TOPIC, CatalogRegistry.CHANGED_TOPIC)));
	}

	@AfterEach
	void stopEventAdmin() throws Exception {
		handler.unregister();
		Bundle updates = Services.bundle(UPDATES);
		if (updates.getState() != Bundle.ACTIVE && updates.getState() != Bundle.STARTING) {
			updates.start(Bundle.START_ACTIVATION_POLICY);
		}
		Services.bundle(EVENT_ADMIN_BUNDLE).stop();
	}

	@Test
	void stoppingAndStartingAnAreaBundlePostsChanged() throws Exception {
		Bundle updates = Services.bundle(UPDATES);
		Services.waitUntil(() -> areaIds().contains("updates-and-servicing"), "updates-and-servicing is registered");
		received.clear();

		updates.stop();
		assertChangedPosted("after " + UPDATES + " stopped");
		assertFalse(areaIds().contains("updates-and-servicing"), "the event comes after the change: " + areaIds());

		updates.start(Bundle.START_ACTIVATION_POLICY);
		assertChangedPosted("after " + UPDATES + " started");
		Services.waitUntil(() -> areaIds().contains("updates-and-servicing"), "updates-and-servicing is back");
	}

	@Test
	void theRegistryKeepsWorkingWhenEventAdminGoes() throws Exception {
		Services.bundle(EVENT_ADMIN_BUNDLE).stop();
		Bundle updates = Services.bundle(UPDATES);
		updates.stop();
		Services.waitUntil(() -> !areaIds().contains("updates-and-servicing"), "updates-and-servicing is gone");
		updates.start(Bundle.START_ACTIVATION_POLICY);
		Services.waitUntil(() -> areaIds().contains("updates-and-servicing"), "updates-and-servicing is back");
	}

	private void assertChangedPosted(String when) throws InterruptedException {
		Event event = received.poll(Services.TIMEOUT_MS, TimeUnit.MILLISECONDS);
		assertNotNull(event, CatalogRegistry.CHANGED_TOPIC + " was not posted " + when);
		assertEquals(CatalogRegistry.CHANGED_TOPIC, event.getTopic());
	}

	private List<String> areaIds() {
		return registry.getCatalogs().stream().flatMap(c -> c.getCatalog().getAreas().stream()).map(a -> a.getId()).sorted().toList();
	}
}
