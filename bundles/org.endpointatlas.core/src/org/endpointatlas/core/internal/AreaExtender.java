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
 * The extender: loads what a started data-only bundle announces and drops it when the bundle stops:
 * <ul>
 * <li>{@code Provide-Capability: org.endpointatlas.catalog; area="..."; resource="catalog/....xmi"}: a catalog;</li>
 * <li>{@code Provide-Capability: org.endpointatlas.overlay; cloud="us-gov"; resource="overlay/....overlay"}: a cloud
 * overlay (one capability per cloud; capabilities naming the same resource share one overlay).</li>
 * </ul>
 * Lazy data-only bundles stay in STARTING, so STARTING counts as started. A broken resource becomes a
 * {@link LoadProblem}; the bundle's other resources and all other bundles still load.
 */
final class AreaExtender extends BundleTracker<AreaExtender.Loaded> {

	static final String CATALOG_NAMESPACE = "org.endpointatlas.catalog";
	static final String OVERLAY_NAMESPACE = "org.endpointatlas.overlay";
	private static final String RESOURCE = "resource";
	private static final String AREA = "area";
	private static final String CLOUD = "cloud";

	/** What one bundle contributed. */
	static final class Loaded {
		final List<ContributedCatalog> catalogs = new ArrayList<>();
		final List<ContributedOverlay> overlays = new ArrayList<>();
	}

	private final CatalogStore store;
	private final List<LoadProblem> problems;

	AreaExtender(BundleContext context, CatalogStore store, List<LoadProblem> problems) {
		super(context, Bundle.STARTING | Bundle.ACTIVE, null);
		this.store = store;
		this.problems = problems;
	}

	@Override
	public Loaded addingBundle(Bundle bundle, BundleEvent event) {
		Map<String, String> catalogs = announced(bundle, CATALOG_NAMESPACE, AREA);
		Map<String, Set<Cloud>> overlays = announcedOverlays(bundle);
		if (catalogs.isEmpty() && overlays.isEmpty()) {
			return null;
		}
		Loaded loaded = new Loaded();
		catalogs.forEach((resource, area) -> loadCatalog(bundle, resource, area).ifPresent(loaded.catalogs::add));
		overlays.forEach((resource, clouds) -> loadOverlay(bundle, resource, clouds).ifPresent(loaded.overlays::add));
		loaded.catalogs.forEach(store::add);
		loaded.overlays.forEach(store::add);
		return loaded;
	}

	@Override
	public void removedBundle(Bundle bundle, BundleEvent event, Loaded loaded) {
		loaded.catalogs.forEach(store::remove);
		loaded.overlays.forEach(store::remove);
		problems.removeIf(p -> p.getOrigin().equals(bundle.getSymbolicName()));
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

	private Map<String, Set<Cloud>> announcedOverlays(Bundle bundle) {
		Map<String, Set<Cloud>> overlays = new LinkedHashMap<>();
		announced(bundle, OVERLAY_NAMESPACE, CLOUD).forEach((resource, cloud) -> overlays.put(resource, EnumSet.noneOf(Cloud.class)));
		for (BundleCapability capability : capabilities(bundle, OVERLAY_NAMESPACE)) {
			Object resource = capability.getAttributes().get(RESOURCE);
			Cloud cloud = Cloud.get(String.valueOf(capability.getAttributes().get(CLOUD)));
			if (resource != null && cloud != null) {
				overlays.get(resource.toString()).add(cloud);
			} else if (resource != null) {
				report(bundle, null, bundle.getSymbolicName() + "/" + resource + ": the overlay capability names no known cloud (cloud=\""
						+ capability.getAttributes().get(CLOUD) + "\")");
			}
		}
		return overlays;
	}

	private static List<BundleCapability> capabilities(Bundle bundle, String namespace) {
		BundleRevision revision = bundle.adapt(BundleRevision.class);
		return revision == null ? List.of() : revision.getDeclaredCapabilities(namespace);
	}

	private Optional<ContributedCatalog> loadCatalog(Bundle bundle, String resource, String area) {
		return read(bundle, resource, area, (in, uri, name) -> {
			Catalog catalog = CatalogFiles.loadCatalog(in, uri, name);
			return new ContributedCatalog(catalog, bundle.getSymbolicName(), ContributedCatalog.Kind.BUNDLE);
		});
	}

	private Optional<ContributedOverlay> loadOverlay(Bundle bundle, String resource, Set<Cloud> clouds) {
		if (clouds.isEmpty()) {
			return Optional.empty();
		}
		return read(bundle, resource, null, (in, uri, name) -> {
			Overlay overlay = CatalogFiles.loadOverlay(in, uri, name);
			return new ContributedOverlay(overlay, name, clouds, ContributedCatalog.Kind.BUNDLE);
		});
	}

	/** Reads one bundle resource. */
	@FunctionalInterface
	private interface Reader<T> {
		T read(InputStream in, URI uri, String name) throws CatalogLoadException;
	}

	private <T> Optional<T> read(Bundle bundle, String resource, String area, Reader<T> reader) {
		String name = bundle.getSymbolicName() + "/" + resource;
		URL entry = bundle.getEntry(resource);
		if (entry == null) {
			report(bundle, area, name + ": announced resource is missing");
			return Optional.empty();
		}
		URI uri = URI.createPlatformPluginURI(bundle.getSymbolicName() + "/" + resource, true);
		try (InputStream in = entry.openStream()) {
			return Optional.of(reader.read(in, uri, name));
		} catch (CatalogLoadException e) {
			report(bundle, area, e.getMessage());
		} catch (IOException e) {
			report(bundle, area, name + ": cannot be read: " + e.getMessage());
		}
		return Optional.empty();
	}

	private void report(Bundle bundle, String area, String message) {
		problems.add(new LoadProblem(bundle.getSymbolicName(), area, message));
	}
}
