package org.endpointatlas.core.internal;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

import org.eclipse.emf.common.util.URI;
import org.endpointatlas.catalog.model.Catalog;
import org.endpointatlas.catalog.model.Cloud;
import org.endpointatlas.catalog.model.Overlay;
import org.endpointatlas.core.ContributedCatalog;
import org.endpointatlas.core.ContributedOverlay;
import org.endpointatlas.core.LoadProblem;
import org.endpointatlas.core.io.CatalogFiles;
import org.endpointatlas.core.io.CatalogLoadException;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.BundleEvent;
import org.osgi.framework.wiring.BundleCapability;
import org.osgi.framework.wiring.BundleRevision;
import org.osgi.util.tracker.BundleTracker;

/**
 * The extender: tracks the started data-only bundles and what they announce, and drops a bundle's contribution when
 * it stops:
 * <ul>
 * <li>{@code Provide-Capability: org.endpointatlas.catalog; area="..."; resource="catalog/....xmi"}: a catalog;</li>
 * <li>{@code Provide-Capability: org.endpointatlas.overlay; cloud="us-gov"; resource="overlay/....overlay"}: a cloud
 * overlay (one capability per cloud; capabilities naming the same resource share one overlay).</li>
 * </ul>
 * Lazy data-only bundles stay in STARTING, so STARTING counts as started. A bundle's resources are parsed when its
 * contribution is first asked for ({@link #contributions()}), not when the bundle starts: the framework's start (and
 * with it the workbench's first window) does not wait for the catalogs, and the first caller, a background job or a
 * command, pays for them once. A broken resource becomes a {@link LoadProblem}; the bundle's other resources and all
 * other bundles still load.
 * <p>
 * Each bundle that starts contributing, or stops, is reported to the {@code onChange} callback, which must return
 * quickly and parse nothing.
 */
final class AreaExtender extends BundleTracker<AreaExtender.Loaded> {

	static final String CATALOG_NAMESPACE = "org.endpointatlas.catalog";
	static final String OVERLAY_NAMESPACE = "org.endpointatlas.overlay";
	private static final String RESOURCE = "resource";
	private static final String AREA = "area";
	private static final String CLOUD = "cloud";

	private final Runnable onChange;

	/** What one bundle announced, and once asked for, what it contributed. */
	static final class Loaded {
		private final Bundle bundle;
		private final Map<String, String> catalogResources;
		private final Map<String, Set<Cloud>> overlayResources;
		private final List<LoadProblem> problems = new ArrayList<>();
		private List<ContributedCatalog> catalogs;
		private List<ContributedOverlay> overlays;

		private Loaded(Bundle bundle, Map<String, String> catalogResources, Map<String, Set<Cloud>> overlayResources,
				List<LoadProblem> announcementProblems) {
			this.bundle = bundle;
			this.catalogResources = catalogResources;
			this.overlayResources = overlayResources;
			this.problems.addAll(announcementProblems);
		}

		/** Parses the announced resources, once. */
		private synchronized void load() {
			if (catalogs != null) {
				return;
			}
			List<ContributedCatalog> loadedCatalogs = new ArrayList<>();
			List<ContributedOverlay> loadedOverlays = new ArrayList<>();
			catalogResources.forEach((resource, area) -> loadCatalog(resource, area).ifPresent(loadedCatalogs::add));
			overlayResources.forEach((resource, clouds) -> loadOverlay(resource, clouds).ifPresent(loadedOverlays::add));
			overlays = List.copyOf(loadedOverlays);
			catalogs = List.copyOf(loadedCatalogs);
		}

		synchronized boolean isParsed() {
			return catalogs != null;
		}

		synchronized List<ContributedCatalog> catalogs() {
			load();
			return catalogs;
		}

		synchronized List<ContributedOverlay> overlays() {
			load();
			return overlays;
		}

		synchronized List<LoadProblem> problems() {
			load();
			return List.copyOf(problems);
		}

		private Optional<ContributedCatalog> loadCatalog(String resource, String area) {
			return read(resource, area, (in, uri, name) -> {
				Catalog catalog = CatalogFiles.loadCatalog(in, uri, name);
				return new ContributedCatalog(catalog, bundle.getSymbolicName(), ContributedCatalog.Kind.BUNDLE);
			});
		}

		private Optional<ContributedOverlay> loadOverlay(String resource, Set<Cloud> clouds) {
			if (clouds.isEmpty()) {
				return Optional.empty();
			}
			return read(resource, null, (in, uri, name) -> {
				Overlay overlay = CatalogFiles.loadOverlay(in, uri, name);
				return new ContributedOverlay(overlay, name, clouds, ContributedCatalog.Kind.BUNDLE);
			});
		}

		/** Reads one bundle resource. */
		private <T> Optional<T> read(String resource, String area, Reader<T> reader) {
			String name = bundle.getSymbolicName() + "/" + resource;
			URL entry;
			try {
				entry = bundle.getEntry(resource);
			} catch (IllegalStateException e) {
				// uninstalled meanwhile: the tracker drops it
				return Optional.empty();
			}
			if (entry == null) {
				problems.add(problem(bundle, area, name + ": announced resource is missing"));
				return Optional.empty();
			}
			URI uri = URI.createPlatformPluginURI(bundle.getSymbolicName() + "/" + resource, true);
			try (InputStream in = entry.openStream()) {
				return Optional.of(reader.read(in, uri, name));
			} catch (CatalogLoadException e) {
				problems.add(problem(bundle, area, e.getMessage()));
			} catch (IOException e) {
				problems.add(problem(bundle, area, name + ": cannot be read: " + e.getMessage()));
			}
			return Optional.empty();
		}
	}

	/** The contributions of the tracked bundles, in the order in which the bundles were installed. */
	static final class Contributions {
		final List<ContributedCatalog> catalogs = new ArrayList<>();
		final List<ContributedOverlay> overlays = new ArrayList<>();
		final List<LoadProblem> problems = new ArrayList<>();
	}

	AreaExtender(BundleContext context, Runnable onChange) {
		super(context, Bundle.STARTING | Bundle.ACTIVE, null);
		this.onChange = onChange;
	}

	@Override
	public Loaded addingBundle(Bundle bundle, BundleEvent event) {
		Map<String, String> catalogs = announced(bundle, CATALOG_NAMESPACE, AREA);
		List<LoadProblem> problems = new ArrayList<>();
		Map<String, Set<Cloud>> overlays = announcedOverlays(bundle, problems);
		if (catalogs.isEmpty() && overlays.isEmpty() && problems.isEmpty()) {
			return null;
		}
		Loaded announced = new Loaded(bundle, catalogs, overlays, problems);
		onChange.run();
		return announced;
	}

	@Override
	public void removedBundle(Bundle bundle, BundleEvent event, Loaded loaded) {
		onChange.run();
	}

	/**
	 * What the started bundles contribute; parses what was not parsed yet (in the calling thread). Bundles that stop
	 * meanwhile are left out.
	 */
	Contributions contributions() {
		Map<Bundle, Loaded> tracked = getTracked();
		List<Bundle> bundles = new ArrayList<>(tracked.keySet());
		bundles.sort(java.util.Comparator.comparingLong(Bundle::getBundleId));
		parse(bundles.stream().map(tracked::get).filter(loaded -> !loaded.isParsed()).toList());
		Contributions all = new Contributions();
		for (Bundle bundle : bundles) {
			Loaded loaded = tracked.get(bundle);
			all.catalogs.addAll(loaded.catalogs());
			all.overlays.addAll(loaded.overlays());
			all.problems.addAll(loaded.problems());
		}
		return all;
	}

	/**
	 * Parses the bundles on two threads where the machine has two processors: the caller's, and a helper that takes the
	 * next bundle as each thread finishes one. A bundle the helper is still parsing when the caller is done is waited
	 * for in {@link Loaded#catalogs()}.
	 */
	private static void parse(List<Loaded> pending) {
		AtomicInteger next = new AtomicInteger();
		Runnable work = () -> {
			for (int i = next.getAndIncrement(); i < pending.size(); i = next.getAndIncrement()) {
				pending.get(i).load();
			}
		};
		if (pending.size() > 1 && Runtime.getRuntime().availableProcessors() > 1) {
			inBackground(work);
		}
		work.run();
	}

	/** Parses what the tracked bundles announced on a thread of its own, for a caller that will ask soon. */
	void parseInBackground() {
		inBackground(this::contributions);
	}

	/**
	 * Runs parsing work on a daemon thread. Nothing is reported from there: a bundle whose parse failed stays unparsed,
	 * and the caller that asks for the catalogs meets the problem again, in its own thread.
	 */
	private static void inBackground(Runnable work) {
		Thread parser = new Thread(() -> {
			try {
				work.run();
			} catch (RuntimeException e) {
				// reported to the caller that asks for the catalogs
			}
		}, "Endpoint Atlas catalog parser");
		parser.setDaemon(true);
		parser.start();
	}

	/** Announced resource to the value of {@code attribute} (which may be null). */
	private static Map<String, String> announced(Bundle bundle, String namespace, String attribute) {
		Map<String, String> resources = new LinkedHashMap<>();
		for (BundleCapability capability : capabilities(bundle, namespace)) {
			Object resource = capability.getAttributes().get(RESOURCE);
			Object value = capability.getAttributes().get(attribute);
			if (resource != null) {
				resources.put(resource.toString(), value == null ? null : value.toString());
			}
		}
		return resources;
	}

	private static Map<String, Set<Cloud>> announcedOverlays(Bundle bundle, List<LoadProblem> problems) {
		Map<String, Set<Cloud>> overlays = new LinkedHashMap<>();
		announced(bundle, OVERLAY_NAMESPACE, CLOUD).forEach((resource, cloud) -> overlays.put(resource, EnumSet.noneOf(Cloud.class)));
		for (BundleCapability capability : capabilities(bundle, OVERLAY_NAMESPACE)) {
			Object resource = capability.getAttributes().get(RESOURCE);
			Cloud cloud = Cloud.get(String.valueOf(capability.getAttributes().get(CLOUD)));
			if (resource != null && cloud != null) {
				overlays.get(resource.toString()).add(cloud);
			} else if (resource != null) {
				problems.add(problem(bundle, null, bundle.getSymbolicName() + "/" + resource
						+ ": the overlay capability names no known cloud (cloud=\"" + capability.getAttributes().get(CLOUD) + "\")"));
			}
		}
		return overlays;
	}

	private static List<BundleCapability> capabilities(Bundle bundle, String namespace) {
		BundleRevision revision = bundle.adapt(BundleRevision.class);
		return revision == null ? List.of() : revision.getDeclaredCapabilities(namespace);
	}

	/** Reads one bundle resource. */
	@FunctionalInterface
	private interface Reader<T> {
		T read(InputStream in, URI uri, String name) throws CatalogLoadException;
	}

	private static LoadProblem problem(Bundle bundle, String area, String message) {
		return new LoadProblem(bundle.getSymbolicName(), area, message);
	}
}
