package org.endpointatlas.core.internal;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.util.ArrayList;
import java.util.List;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import org.eclipse.emf.common.util.URI;
import org.endpointatlas.catalog.model.Catalog;
import org.endpointatlas.core.ContributedCatalog;
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
 * The extender: loads the catalog resources that a started bundle announces with
 * {@code Provide-Capability: org.endpointatlas.catalog; area="..."; resource="catalog/....xmi"} and drops them when the
 * bundle stops. Lazy data-only bundles stay in STARTING, so STARTING counts as started.
 */
final class AreaExtender extends BundleTracker<List<ContributedCatalog>> {

	static final String NAMESPACE = "org.endpointatlas.catalog";
	private static final String RESOURCE = "resource";
	private static final String AREA = "area";

	private final CatalogStore store;
	private final List<LoadProblem> problems;

	AreaExtender(BundleContext context, CatalogStore store, List<LoadProblem> problems) {
		super(context, Bundle.STARTING | Bundle.ACTIVE, null);
		this.store = store;
		this.problems = problems;
	}

	@Override
	public List<ContributedCatalog> addingBundle(Bundle bundle, BundleEvent event) {
		Map<String, String> resources = announcedResources(bundle);
		if (resources.isEmpty()) {
			return null;
		}
		List<ContributedCatalog> loaded = new ArrayList<>();
		resources.forEach((resource, area) -> load(bundle, resource, area).ifPresent(loaded::add));
		loaded.forEach(store::add);
		return loaded;
	}

	@Override
	public void removedBundle(Bundle bundle, BundleEvent event, List<ContributedCatalog> catalogs) {
		catalogs.forEach(store::remove);
		problems.removeIf(p -> p.getOrigin().equals(bundle.getSymbolicName()));
	}

	/** Announced resource to the area id it announces (which may be null). */
	private static Map<String, String> announcedResources(Bundle bundle) {
		BundleRevision revision = bundle.adapt(BundleRevision.class);
		Map<String, String> resources = new LinkedHashMap<>();
		if (revision == null) {
			return resources;
		}
		for (BundleCapability capability : revision.getDeclaredCapabilities(NAMESPACE)) {
			Map<String, Object> attributes = capability.getAttributes();
			Object resource = attributes.get(RESOURCE);
			Object area = attributes.get(AREA);
			if (resource != null) {
				resources.put(resource.toString(), area == null ? null : area.toString());
			}
		}
		return resources;
	}

	private Optional<ContributedCatalog> load(Bundle bundle, String resource, String area) {
		String name = bundle.getSymbolicName() + "/" + resource;
		URL entry = bundle.getEntry(resource);
		if (entry == null) {
			report(bundle, area, name + ": announced catalog resource is missing");
			return Optional.empty();
		}
		URI uri = URI.createPlatformPluginURI(bundle.getSymbolicName() + "/" + resource, true);
		try (InputStream in = entry.openStream()) {
			Catalog catalog = CatalogFiles.loadCatalog(in, uri, name);
			return Optional.of(new ContributedCatalog(catalog, bundle.getSymbolicName(), ContributedCatalog.Kind.BUNDLE));
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
