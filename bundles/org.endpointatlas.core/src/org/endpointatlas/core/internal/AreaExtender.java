package org.endpointatlas.core.internal;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import org.eclipse.emf.common.util.URI;
import org.endpointatlas.catalog.model.Catalog;
import org.endpointatlas.core.ContributedCatalog;
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

	private final CatalogStore store;
	private final Consumer<String> problems;

	AreaExtender(BundleContext context, CatalogStore store, Consumer<String> problems) {
		super(context, Bundle.STARTING | Bundle.ACTIVE, null);
		this.store = store;
		this.problems = problems;
	}

	@Override
	public List<ContributedCatalog> addingBundle(Bundle bundle, BundleEvent event) {
		List<String> resources = announcedResources(bundle);
		if (resources.isEmpty()) {
			return null;
		}
		List<ContributedCatalog> loaded = new ArrayList<>();
		for (String resource : resources) {
			load(bundle, resource).ifPresent(loaded::add);
		}
		loaded.forEach(store::add);
		return loaded;
	}

	@Override
	public void removedBundle(Bundle bundle, BundleEvent event, List<ContributedCatalog> catalogs) {
		catalogs.forEach(store::remove);
	}

	private static List<String> announcedResources(Bundle bundle) {
		BundleRevision revision = bundle.adapt(BundleRevision.class);
		List<String> resources = new ArrayList<>();
		if (revision == null) {
			return resources;
		}
		for (BundleCapability capability : revision.getDeclaredCapabilities(NAMESPACE)) {
			Map<String, Object> attributes = capability.getAttributes();
			Object resource = attributes.get(RESOURCE);
			if (resource != null) {
				resources.add(resource.toString());
			}
		}
		return resources;
	}

	private java.util.Optional<ContributedCatalog> load(Bundle bundle, String resource) {
		String name = bundle.getSymbolicName() + "/" + resource;
		URL entry = bundle.getEntry(resource);
		if (entry == null) {
			problems.accept(name + ": announced catalog resource is missing");
			return java.util.Optional.empty();
		}
		URI uri = URI.createPlatformPluginURI(bundle.getSymbolicName() + "/" + resource, true);
		try (InputStream in = entry.openStream()) {
			Catalog catalog = CatalogFiles.loadCatalog(in, uri, name);
			return java.util.Optional.of(new ContributedCatalog(catalog, bundle.getSymbolicName(), ContributedCatalog.Kind.BUNDLE));
		} catch (CatalogLoadException e) {
			problems.accept(e.getMessage());
		} catch (IOException e) {
			problems.accept(name + ": cannot be read: " + e.getMessage());
		}
		return java.util.Optional.empty();
	}
}
