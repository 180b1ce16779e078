package org.endpointatlas.catalog.fidelity.tests;

import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.endpointatlas.catalog.model.FeatureArea;
import org.endpointatlas.core.CatalogRegistry;
import org.endpointatlas.core.ContributedCatalog;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.BundleException;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.wiring.BundleRevision;
import org.osgi.util.tracker.ServiceTracker;

/**
 * The built-in catalog as the running framework has it: every installed bundle that announces
 * {@code org.endpointatlas.catalog} is started the way the product starts it (activation policy), and the areas are
 * read from the {@link CatalogRegistry} service, black-box, through a tracker with a timeout.
 */
final class BuiltInCatalog {

	static final String NAMESPACE = "org.endpointatlas.catalog";
	static final long TIMEOUT_MS = 20_000;

	final Map<String, FeatureArea> areas = new LinkedHashMap<>();
	final Map<String, String> origins = new LinkedHashMap<>();
	final List<String> problems = new ArrayList<>();
	final Set<String> announcingBundles = new TreeSet<>();

	static BuiltInCatalog load() throws BundleException, InterruptedException {
		BundleContext context = FrameworkUtil.getBundle(BuiltInCatalog.class).getBundleContext();
		BuiltInCatalog catalog = new BuiltInCatalog();
		for (Bundle bundle : context.getBundles()) {
			BundleRevision revision = bundle.adapt(BundleRevision.class);
			if (revision != null && !revision.getDeclaredCapabilities(NAMESPACE).isEmpty()) {
				catalog.announcingBundles.add(bundle.getSymbolicName());
				bundle.start(Bundle.START_ACTIVATION_POLICY);
			}
		}
		for (Bundle bundle : context.getBundles()) {
			if ("org.endpointatlas.core".equals(bundle.getSymbolicName())) {
				bundle.start(Bundle.START_ACTIVATION_POLICY);
			}
		}
		ServiceTracker<CatalogRegistry, CatalogRegistry> tracker = new ServiceTracker<>(context, CatalogRegistry.class, null);
		tracker.open();
		try {
			CatalogRegistry registry = tracker.waitForService(TIMEOUT_MS);
			assertNotNull(registry, CatalogRegistry.class.getName() + " did not show up within " + TIMEOUT_MS + " ms");
			// the extender loads area bundles as they start: wait until every announcing bundle gave a catalog or a problem
			long end = System.currentTimeMillis() + TIMEOUT_MS;
			while (loadedOrigins(registry).size() + registry.getProblems().size() < catalog.announcingBundles.size()
					&& System.currentTimeMillis() < end) {
				Thread.sleep(50);
			}
			for (ContributedCatalog contributed : registry.getCatalogs()) {
				for (FeatureArea area : contributed.getCatalog().getAreas()) {
					FeatureArea previous = catalog.areas.putIfAbsent(area.getId(), area);
					if (previous != null) {
						catalog.problems.add("area " + area.getId() + " is contributed twice: by "
								+ catalog.origins.get(area.getId()) + " and by " + contributed.getOrigin());
					}
					catalog.origins.putIfAbsent(area.getId(), contributed.getOrigin());
				}
			}
			registry.getProblems().forEach(p -> catalog.problems.add(String.valueOf(p)));
		} finally {
			tracker.close();
		}
		return catalog;
	}

	private static Collection<String> loadedOrigins(CatalogRegistry registry) {
		return registry.getCatalogs().stream().map(ContributedCatalog::getOrigin).collect(Collectors.toSet());
	}
}
