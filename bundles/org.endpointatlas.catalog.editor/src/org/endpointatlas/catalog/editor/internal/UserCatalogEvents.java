package org.endpointatlas.catalog.editor.internal;

import java.nio.file.Path;
import java.util.Map;

import org.endpointatlas.catalog.editor.CatalogEditors;
import org.osgi.service.event.Event;
import org.osgi.service.event.EventAdmin;

/** Tells whoever listens (the Areas navigator) that the editors wrote a file, through the Event Admin whiteboard. */
final class UserCatalogEvents {

	private UserCatalogEvents() {
	}

	static void changed(ServiceAccess services, Path file) {
		EventAdmin events = services.get(EventAdmin.class);
		if (events != null && file != null) {
			events.postEvent(new Event(CatalogEditors.USER_CATALOGS_CHANGED_TOPIC, Map.of(CatalogEditors.PATH_PROPERTY, file.toString())));
		}
	}
}
