package org.endpointatlas.catalog.editor.internal;

import java.util.HashMap;
import java.util.Map;

import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.util.tracker.ServiceTracker;

/**
 * The core services an editor uses, tracked for the editor's lifetime. The UI thread only ever asks without waiting;
 * jobs may wait for a service that is still starting.
 */
public final class ServiceAccess implements AutoCloseable {

	private final BundleContext context = FrameworkUtil.getBundle(ServiceAccess.class).getBundleContext();
	private final Map<Class<?>, ServiceTracker<?, ?>> trackers = new HashMap<>();

	public BundleContext getContext() {
		return context;
	}

	/** The service, or {@code null} when it is not (yet) registered. Never blocks. */
	public synchronized <T> T get(Class<T> type) {
		return type.cast(tracker(type).getService());
	}

	/** Waits up to {@code millis} for the service; for jobs only, never the UI thread. */
	public <T> T await(Class<T> type, long millis) throws InterruptedException {
		ServiceTracker<?, ?> tracker;
		synchronized (this) {
			tracker = tracker(type);
		}
		return type.cast(tracker.waitForService(millis));
	}

	private ServiceTracker<?, ?> tracker(Class<?> type) {
		return trackers.computeIfAbsent(type, t -> {
			ServiceTracker<?, ?> tracker = new ServiceTracker<>(context, t, null);
			tracker.open();
			return tracker;
		});
	}

	@Override
	public synchronized void close() {
		trackers.values().forEach(ServiceTracker::close);
		trackers.clear();
	}
}
