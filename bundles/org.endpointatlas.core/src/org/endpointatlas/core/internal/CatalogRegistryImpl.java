package org.endpointatlas.core.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.endpointatlas.core.CatalogContribution;
import org.endpointatlas.core.CatalogRegistry;
import org.endpointatlas.core.ContributedCatalog;
import org.endpointatlas.core.ContributedOverlay;
import org.endpointatlas.core.OverlayContribution;
import org.endpointatlas.core.LoadProblem;
import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.event.EventAdmin;

/**
 * The registry: merges the catalogs and overlays that the {@link AreaExtender} loads from data-only bundles with those
 * of {@link CatalogContribution} and {@link OverlayContribution} services (whiteboard). Activating it only starts
 * tracking the area bundles; their resources are parsed on the first call that asks for catalogs, overlays or problems.
 * After activation, every change of the contributions is posted on {@link CatalogRegistry#CHANGED_TOPIC} when an Event
 * Admin runs.
 */
@Component(service = CatalogRegistry.class, immediate = true)
public class CatalogRegistryImpl implements CatalogRegistry {

	private final Map<CatalogContribution, ContributedCatalog> fromServices = new ConcurrentHashMap<>();
	private final Map<OverlayContribution, ContributedOverlay> overlaysFromServices = new ConcurrentHashMap<>();
	private AreaExtender extender;
	private volatile boolean activated;

	/**
	 * Typed {@code Object}: SCR reflects on this class's fields and methods, and the command line runs without the Event
	 * Admin package, so none of them may name its types; only {@link ChangedEvent} does.
	 */
	@Reference(service = EventAdmin.class, cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC)
	private volatile Object eventAdmin;

	/**
	 * A framework property for launchers whose every run needs the catalogs soon (the command line): the area bundles
	 * are then parsed in the background from the registry's activation on, while the framework finishes starting.
	 */
	public static final String PARSE_EARLY = "endpointatlas.catalogs.parseEarly";

	@Activate
	void activate(BundleContext context) {
		extender = new AreaExtender(context, this::contributionsChanged);
		extender.open();
		activated = true;
		if (Boolean.parseBoolean(context.getProperty(PARSE_EARLY))) {
			extender.parseInBackground();
		}
	}

	@Deactivate
	void deactivate() {
		activated = false;
		extender.close();
	}

	/** Posts the change, but not for the bundles and services that are already there when the registry starts or stops. */
	private void contributionsChanged() {
		Object admin = eventAdmin;
		if (activated && admin != null) {
			try {
				ChangedEvent.post(admin);
			} catch (RuntimeException | LinkageError e) {
				// an Event Admin that is going away, or one whose package this bundle was resolved without: a
				// notification must never cost the extender a contribution (this runs inside its addingBundle)
			}
		}
	}

	@Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC)
	void addContribution(CatalogContribution contribution) {
		fromServices.put(contribution,
				new ContributedCatalog(contribution.getCatalog(), contribution.getOrigin(), ContributedCatalog.Kind.SERVICE));
		contributionsChanged();
	}

	void removeContribution(CatalogContribution contribution) {
		fromServices.remove(contribution);
		contributionsChanged();
	}

	@Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC)
	void addOverlayContribution(OverlayContribution contribution) {
		overlaysFromServices.put(contribution, new ContributedOverlay(contribution.getOverlay(), contribution.getOrigin(),
				contribution.getClouds(), ContributedCatalog.Kind.SERVICE));
		contributionsChanged();
	}

	void removeOverlayContribution(OverlayContribution contribution) {
		overlaysFromServices.remove(contribution);
		contributionsChanged();
	}

	@Override
	public List<ContributedOverlay> getOverlays() {
		List<ContributedOverlay> all = new ArrayList<>(extender.contributions().overlays);
		all.addAll(overlaysFromServices.values());
		all.sort(Comparator.comparing(ContributedOverlay::getOrigin));
		return all;
	}

	@Override
	public List<ContributedCatalog> getCatalogs() {
		List<ContributedCatalog> all = new ArrayList<>(extender.contributions().catalogs);
		all.addAll(fromServices.values());
		all.sort(Comparator.comparing(ContributedCatalog::getOrigin).thenComparing(c -> String.valueOf(c.getCatalog().getId())));
		return all;
	}

	@Override
	public List<LoadProblem> getProblems() {
		return List.copyOf(extender.contributions().problems);
	}
}
