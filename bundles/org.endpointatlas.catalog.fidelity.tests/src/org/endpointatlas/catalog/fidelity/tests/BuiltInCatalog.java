package org.endpointatlas.catalog.fidelity.tests;

import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.endpointatlas.catalog.model.Cloud;
import org.endpointatlas.catalog.model.FeatureArea;
import org.endpointatlas.core.CatalogRegistry;
import org.endpointatlas.core.Composer;
import org.endpointatlas.core.ContributedCatalog;
import org.endpointatlas.core.ContributedOverlay;
import org.endpointatlas.core.EffectiveCatalog;
import org.endpointatlas.core.LoadProblem;
import org.endpointatlas.core.Selection;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.BundleException;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.wiring.BundleRevision;
import org.osgi.util.tracker.ServiceTracker;

/**
 * The built-in catalog as the running framework has it: every installed bundle that announces
 * {@code org.endpointatlas.catalog} (an area bundle) or {@code org.endpointatlas.overlay} (a sovereign-cloud overlay
 * bundle) is started the way the product starts it (activation policy), and the areas and overlays are read from the
 * {@link CatalogRegistry} service, black-box, through a tracker with a timeout. {@link #compose(Cloud)} composes the
 * effective catalog of a cloud through the {@link Composer} service, as the product does for {@code --cloud}.
 */
final class BuiltInCatalog {

	static final String NAMESPACE = "org.endpointatlas.catalog";
	static final String OVERLAY_NAMESPACE = "org.endpointatlas.overlay";
	static final long TIMEOUT_MS = 20_000;

	final Map<String, FeatureArea> areas = new LinkedHashMap<>();
	final Map<String, String> origins = new LinkedHashMap<>();
	final List<String> problems = new ArrayList<>();
	final Set<String> announcingBundles = new TreeSet<>();
	final Set<String> overlayBundles = new TreeSet<>();
	/** The origins ({@code bundle/resource}) of the built-in overlays, by the cloud they map to. */
	final Map<Cloud, List<String>> overlays = new TreeMap<>();

	static BuiltInCatalog load() throws BundleException, InterruptedException {
		BundleContext context = FrameworkUtil.getBundle(BuiltInCatalog.class).getBundleContext();
		BuiltInCatalog catalog = new BuiltInCatalog();
		for (Bundle bundle : context.getBundles()) {
			BundleRevision revision = bundle.adapt(BundleRevision.class);
			if (revision == null) {
				continue;
			}
			boolean areas = !revision.getDeclaredCapabilities(NAMESPACE).isEmpty();
			boolean overlays = !revision.getDeclaredCapabilities(OVERLAY_NAMESPACE).isEmpty();
			if (areas) {
				catalog.announcingBundles.add(bundle.getSymbolicName());
			}
			if (overlays) {
				catalog.overlayBundles.add(bundle.getSymbolicName());
			}
			if (areas || overlays) {
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
			// the extender loads area and overlay bundles as they start: wait until every announcing bundle gave its
			// catalog or overlay, or a problem
			long end = System.currentTimeMillis() + TIMEOUT_MS;
			while (!catalog.pending(registry).isEmpty() && System.currentTimeMillis() < end) {
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
			for (ContributedOverlay overlay : registry.getOverlays()) {
				overlay.getClouds().forEach(c -> catalog.overlays.computeIfAbsent(c, k -> new ArrayList<>()).add(overlay.getOrigin()));
			}
			registry.getProblems().forEach(p -> catalog.problems.add(String.valueOf(p)));
			catalog.pending(registry).forEach(b -> catalog.problems.add(b + " gave nothing within " + TIMEOUT_MS + " ms"));
		} finally {
			tracker.close();
		}
		return catalog;
	}

	/** The announcing bundles that neither gave their catalog or overlay nor a problem yet. */
	private Set<String> pending(CatalogRegistry registry) {
		Set<String> failed = registry.getProblems().stream().map(LoadProblem::getOrigin).collect(Collectors.toSet());
		Collection<String> loaded = registry.getCatalogs().stream().map(ContributedCatalog::getOrigin).collect(Collectors.toSet());
		Set<String> pending = new TreeSet<>();
		announcingBundles.stream().filter(b -> !loaded.contains(b) && !failed.contains(b)).forEach(pending::add);
		overlayBundles.stream().filter(b -> !failed.contains(b))
				.filter(b -> registry.getOverlays().stream().noneMatch(o -> o.getOrigin().startsWith(b + "/")))
				.forEach(pending::add);
		return pending;
	}

	/**
	 * The effective catalog of {@code cloud}: every area, retired ones included, with the cloud's built-in overlay
	 * applied, as {@code --cloud} composes it.
	 */
	EffectiveCatalog compose(Cloud cloud) throws InterruptedException {
		BundleContext context = FrameworkUtil.getBundle(BuiltInCatalog.class).getBundleContext();
		ServiceTracker<Composer, Composer> tracker = new ServiceTracker<>(context, Composer.class, null);
		tracker.open();
		try {
			Composer composer = tracker.waitForService(TIMEOUT_MS);
			assertNotNull(composer, Composer.class.getName() + " did not show up within " + TIMEOUT_MS + " ms");
			return composer.compose(Selection.builder().cloud(cloud).includeRetired(true).build());
		} finally {
			tracker.close();
		}
	}
}
