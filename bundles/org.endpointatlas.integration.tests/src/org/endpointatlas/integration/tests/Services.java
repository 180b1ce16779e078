package org.endpointatlas.integration.tests;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.fail;

import java.util.Arrays;
import java.util.function.BooleanSupplier;

import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.util.tracker.ServiceTracker;

/** Black-box access to the running framework: services through a tracker with a timeout, bundles by name. */
final class Services {

	static final long TIMEOUT_MS = 10_000;

	private Services() {
	}

	static BundleContext context() {
		return FrameworkUtil.getBundle(Services.class).getBundleContext();
	}

	static <T> T get(Class<T> type) throws InterruptedException {
		ServiceTracker<T, T> tracker = new ServiceTracker<>(context(), type, null);
		tracker.open();
		T service = tracker.waitForService(TIMEOUT_MS);
		assertNotNull(service, type.getName() + " did not show up within " + TIMEOUT_MS + " ms");
		return service;
	}

	static Bundle bundle(String symbolicName) {
		return Arrays.stream(context().getBundles()).filter(b -> symbolicName.equals(b.getSymbolicName())).findFirst()
				.orElseThrow(() -> new AssertionError(symbolicName + " is not installed"));
	}

	/**
	 * Starts the lazy data bundles that announce a catalog the way the product does (activation policy), so the extender
	 * sees them, and the service bundles.
	 */
	static void startAreaBundles() throws Exception {
		for (Bundle candidate : context().getBundles()) {
			org.osgi.framework.wiring.BundleRevision revision = candidate.adapt(org.osgi.framework.wiring.BundleRevision.class);
			if (revision != null && !revision.getDeclaredCapabilities("org.endpointatlas.catalog").isEmpty()
					&& !candidate.getSymbolicName().startsWith("org.example.")) {
				candidate.start(Bundle.START_ACTIVATION_POLICY);
			}
		}
		bundle("org.endpointatlas.core").start(Bundle.START_ACTIVATION_POLICY);
		bundle("org.endpointatlas.export").start(Bundle.START_ACTIVATION_POLICY);
		bundle("org.endpointatlas.cli").start(Bundle.START_ACTIVATION_POLICY);
	}

	static void waitUntil(BooleanSupplier condition, String what) throws InterruptedException {
		long end = System.currentTimeMillis() + TIMEOUT_MS;
		while (!condition.getAsBoolean()) {
			if (System.currentTimeMillis() > end) {
				fail("timed out waiting until " + what);
			}
			Thread.sleep(20);
		}
	}
}
