package org.endpointatlas.probe.lab.tests;

import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.util.Arrays;

import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.util.tracker.ServiceTracker;

/** Black-box access to the running framework: services through a tracker with a timeout. */
final class Services {

	static final long TIMEOUT_MS = 10_000;

	private Services() {
	}

	static BundleContext context() {
		return FrameworkUtil.getBundle(Services.class).getBundleContext();
	}

	static <T> T get(Class<T> type) throws InterruptedException {
		startLazyBundles();
		ServiceTracker<T, T> tracker = new ServiceTracker<>(context(), type, null);
		tracker.open();
		T service = tracker.waitForService(TIMEOUT_MS);
		assertNotNull(service, type.getName() + " did not show up within " + TIMEOUT_MS + " ms");
		return service;
	}

	/** Starts our lazy DS bundles the way the product does (activation policy), so SCR sees them. */
	private static void startLazyBundles() {
		for (String name : new String[] { "org.endpointatlas.core", "org.endpointatlas.export", "org.endpointatlas.probe", "org.endpointatlas.cli" }) {
			Arrays.stream(context().getBundles()).filter(b -> name.equals(b.getSymbolicName())).findFirst().ifPresent(b -> {
				try {
					b.start(Bundle.START_ACTIVATION_POLICY);
				} catch (Exception e) {
					throw new IllegalStateException("cannot start " + name, e);
				}
			});
		}
	}
}
