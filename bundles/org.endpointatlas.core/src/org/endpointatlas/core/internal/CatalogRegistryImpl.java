package org.endpointatlas.core.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

import org.endpointatlas.core.CatalogContribution;
import org.endpointatlas.core.CatalogRegistry;
import org.endpointatlas.core.ContributedCatalog;
import org.endpointatlas.core.LoadProblem;
import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;

/**
 * The registry: merges the catalogs that the {@link AreaExtender} loads from area bundles with those of
 * {@link CatalogContribution} services (whiteboard).
 */
@Component(service = CatalogRegistry.class, immediate = true)
public class CatalogRegistryImpl implements CatalogRegistry, CatalogStore {

	private final List<ContributedCatalog> fromBundles = new CopyOnWriteArrayList<>();
	private final Map<CatalogContribution, ContributedCatalog> fromServices = new ConcurrentHashMap<>();
	private final List<LoadProblem> problems = new CopyOnWriteArrayList<>();
	private AreaExtender extender;

	@Activate
	void activate(BundleContext context) {
		extender = new AreaExtender(context, this, problems);
		extender.open();
	}

	@Deactivate
	void deactivate() {
		extender.close();
	}

	@Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC)
	void addContribution(CatalogContribution contribution) {
		fromServices.put(contribution,
				new ContributedCatalog(contribution.getCatalog(), contribution.getOrigin(), ContributedCatalog.Kind.SERVICE));
	}

	void removeContribution(CatalogContribution contribution) {
		fromServices.remove(contribution);
	}

	@Override
	public void add(ContributedCatalog catalog) {
		fromBundles.add(catalog);
	}

	@Override
	public void remove(ContributedCatalog catalog) {
		fromBundles.remove(catalog);
	}

	@Override
	public List<ContributedCatalog> getCatalogs() {
		List<ContributedCatalog> all = new ArrayList<>(fromBundles);
		all.addAll(fromServices.values());
		all.sort(Comparator.comparing(ContributedCatalog::getOrigin).thenComparing(c -> String.valueOf(c.getCatalog().getId())));
		return all;
	}

	@Override
	public List<LoadProblem> getProblems() {
		return List.copyOf(problems);
	}
}
