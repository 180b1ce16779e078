package org.endpointatlas.core.internal;

import java.util.Map;

import org.endpointatlas.core.CatalogRegistry;
import org.osgi.service.event.Event;
import org.osgi.service.event.EventAdmin;

/**
 * Posts {@link CatalogRegistry#CHANGED_TOPIC}. The only class of the registry that uses the Event Admin package, which
 * is optional: it is loaded only once an Event Admin service is bound.
 */
final class ChangedEvent {

	private ChangedEvent() {
	}

	/** Asynchronously: the caller may be the framework's bundle event thread. */
	static void post(Object eventAdmin) {
		((EventAdmin) eventAdmin).postEvent(new Event(CatalogRegistry.CHANGED_TOPIC, Map.of()));
	}
}
