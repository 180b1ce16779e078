package org.endpointatlas.core.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.endpointatlas.catalog.model.AddArea;
import org.endpointatlas.catalog.model.AddEndpoint;
import org.endpointatlas.catalog.model.Catalog;
import org.endpointatlas.catalog.model.CatalogFactory;
import org.endpointatlas.catalog.model.Endpoint;
import org.endpointatlas.catalog.model.EndpointMatch;
import org.endpointatlas.catalog.model.FeatureArea;
import org.endpointatlas.catalog.model.Operation;
import org.endpointatlas.catalog.model.Parameter;
import org.endpointatlas.catalog.model.PatchEndpoints;
import org.endpointatlas.catalog.model.RemoveEndpoints;
import org.endpointatlas.catalog.model.ReplacePattern;
import org.endpointatlas.catalog.model.SetParameter;
import org.endpointatlas.core.ContributedCatalog;
import org.endpointatlas.core.ContributedOverlay;
import org.endpointatlas.core.OverlayException;
import org.endpointatlas.core.OverlayStep;
import org.endpointatlas.core.ParameterValues;
import org.endpointatlas.core.io.LineTrackingXMIResource;

/**
 * Applies overlays in layers: the built-in overlay of the selected cloud first, then user overlays in order. Within a
 * layer an entry may be touched by one operation; a later layer may change what an earlier layer changed only with
 * {@code override="true"}. Every operation must find what it names. Violations are {@link OverlayException}s that
 * name the file and line of the operation (and of the earlier one, for conflicts).
 */
final class OverlayEngine {

	private final List<WorkingEntry> entries = new ArrayList<>();
	private final Map<String, FeatureArea> areas = new LinkedHashMap<>();
	private final Map<String, Parameter> declared = new HashMap<>();
	private final Map<String, String> parameters = new LinkedHashMap<>();
	private final Map<String, String> parameterSetAt = new HashMap<>();
	private final List<ContributedCatalog> added = new ArrayList<>();
	private ContributedOverlay overlay;
	private int layer;
	private boolean cloudLayer;

	OverlayEngine(List<ContributedCatalog> catalogs) {
		for (ContributedCatalog catalog : catalogs) {
			catalog.getCatalog().getParameters().forEach(p -> declared.putIfAbsent(p.getName(), p));
			for (FeatureArea area : catalog.getCatalog().getAreas()) {
				areas.putIfAbsent(area.getId(), area);
				area.getEndpoints().forEach(e -> entries.add(new WorkingEntry(area, catalog, e, false)));
			}
		}
	}

	List<WorkingEntry> entries() {
		return entries;
	}

	/** Catalogs that hold the areas the overlays added. */
	List<ContributedCatalog> addedCatalogs() {
		return added;
	}

	/** Parameter values the overlays set, later layers winning. */
	Map<String, String> parameters() {
		return parameters;
	}

	void apply(ContributedOverlay next, boolean isCloudOverlay) {
		overlay = next;
		cloudLayer = isCloudOverlay;
		layer++;
		for (Operation operation : next.getOverlay().getOperations()) {
			applyOperation(operation);
		}
	}

	private void applyOperation(Operation operation) {
		if (operation instanceof AddArea) {
			addArea((AddArea) operation);
		} else if (operation instanceof AddEndpoint) {
			addEndpoint((AddEndpoint) operation);
		} else if (operation instanceof RemoveEndpoints) {
			RemoveEndpoints remove = (RemoveEndpoints) operation;
			for (WorkingEntry entry : touch(operation, remove.getMatch())) {
				entry.removed = true;
				step(entry, operation, "removed" + (remove.getReason() == null ? "" : ": " + remove.getReason()));
			}
		} else if (operation instanceof ReplacePattern) {
			replace((ReplacePattern) operation);
		} else if (operation instanceof SetParameter) {
			setParameter((SetParameter) operation);
		} else if (operation instanceof PatchEndpoints) {
			PatchEndpoints patch = (PatchEndpoints) operation;
			for (WorkingEntry entry : touch(operation, patch.getMatch())) {
				step(entry, operation, "patched: " + Patches.apply(patch, entry.writable()));
			}
		}
	}

	private void addArea(AddArea operation) {
		FeatureArea area = operation.getArea();
		if (area == null || area.getId() == null) {
			throw error(operation, "AddArea needs an area with an id");
		}
		if (areas.containsKey(area.getId())) {
			throw error(operation, "area \"" + area.getId() + "\" already exists; add endpoints to it with AddEndpoint");
		}
		Catalog holder = CatalogFactory.eINSTANCE.createCatalog();
		holder.setId(overlay.getOverlay().getId());
		holder.setVersion(overlay.getOrigin());
		overlay.getOverlay().getSources().forEach(s -> holder.getSources().add(EcoreUtil.copy(s)));
		FeatureArea copy = EcoreUtil.copy(area);
		holder.getAreas().add(copy);
		ContributedCatalog catalog = new ContributedCatalog(holder, overlay.getOrigin(), ContributedCatalog.Kind.OVERLAY);
		added.add(catalog);
		areas.put(copy.getId(), copy);
		for (Endpoint endpoint : copy.getEndpoints()) {
			WorkingEntry entry = new WorkingEntry(copy, catalog, endpoint, true);
			entries.add(entry);
			mark(entry, operation);
			step(entry, operation, "added with area " + copy.getId());
		}
	}

	private void addEndpoint(AddEndpoint operation) {
		FeatureArea area = areas.get(operation.getArea());
		if (area == null) {
			throw error(operation, "unknown area \"" + operation.getArea() + "\" (known: " + String.join(", ", areas.keySet()) + ")");
		}
		Endpoint endpoint = EcoreUtil.copy(operation.getEndpoint());
		String key = EntryKeys.text(endpoint);
		Optional<WorkingEntry> twin = entries.stream().filter(e -> e.isLive() && e.area.getId().equals(area.getId())
				&& EntryKeys.text(e.endpoint()).equals(key)).findFirst();
		if (twin.isPresent()) {
			throw error(operation, "adds " + endpoint.getPattern() + " to area " + area.getId() + ", which already has it");
		}
		WorkingEntry entry = new WorkingEntry(area, originOf(area), endpoint, true);
		entries.add(entry);
		mark(entry, operation);
		step(entry, operation, "added to area " + area.getId());
	}

	private ContributedCatalog originOf(FeatureArea area) {
		return entries.stream().filter(e -> e.area == area).map(e -> e.catalog).findFirst()
				.orElseGet(() -> new ContributedCatalog(CatalogFactory.eINSTANCE.createCatalog(), overlay.getOrigin(), ContributedCatalog.Kind.OVERLAY));
	}

	private void replace(ReplacePattern operation) {
		for (WorkingEntry entry : touch(operation, operation.getMatch())) {
			if (operation.isNotDocumented() || operation.getReplacement() == null) {
				entry.notDocumented = operation.getDescription() == null ? "no documented equivalent" : operation.getDescription();
				step(entry, operation, "not documented for this cloud");
				continue;
			}
			Endpoint endpoint = entry.writable();
			String before = endpoint.getPattern();
			endpoint.setPattern(operation.getReplacement());
			// facts about the old host do not carry over to the new one
			endpoint.setProbeHost(null);
			endpoint.setProbeHostSource(null);
			endpoint.getAddresses().clear();
			if (cloudLayer) {
				// the mapping makes it this cloud's entry
				endpoint.getClouds().clear();
			}
			step(entry, operation, "replaced " + before + " with " + operation.getReplacement());
		}
	}

	private void setParameter(SetParameter operation) {
		Parameter parameter = declared.get(operation.getName());
		if (parameter == null) {
			throw error(operation, "unknown parameter \"" + operation.getName() + "\" (known: "
					+ declared.keySet().stream().sorted().collect(Collectors.joining(", ")) + ")");
		}
		Optional<String> problem = ParameterValues.problem(parameter, String.valueOf(operation.getValue()));
		if (problem.isPresent()) {
			throw error(operation, operation.getName() + "=" + operation.getValue() + ": " + problem.get());
		}
		String key = layer + ":" + operation.getName();
		if (parameterSetAt.containsKey(key)) {
			throw error(operation, "parameter \"" + operation.getName() + "\" is set twice in this overlay (first at " + parameterSetAt.get(key) + ")");
		}
		parameterSetAt.put(key, location(operation));
		parameters.put(operation.getName(), operation.getValue());
	}

	/** The live entries the match selects, after the conflict rules; none is an error. */
	private List<WorkingEntry> touch(Operation operation, EndpointMatch match) {
		List<WorkingEntry> matched = entries.stream().filter(e -> e.isLive() && Matches.selects(match, e)).collect(Collectors.toList());
		if (matched.isEmpty()) {
			throw error(operation, "matches no entry: " + Matches.describe(match));
		}
		matched.forEach(entry -> mark(entry, operation));
		return matched;
	}

	private void mark(WorkingEntry entry, Operation operation) {
		if (entry.lastLayer == layer && entry.lastOperation != operation) {
			throw error(operation, "conflict: " + entry.endpoint().getPattern() + " is also changed by the operation at " + entry.lastLocation
					+ " of the same overlay");
		}
		if (entry.lastLayer >= 0 && entry.lastLayer < layer && !operation.isOverride()) {
			throw error(operation, "conflict: " + entry.endpoint().getPattern() + " was changed by " + entry.lastLocation
					+ "; add override=\"true\" to change it again on purpose");
		}
		entry.lastLayer = layer;
		entry.lastOperation = operation;
		entry.lastLocation = location(operation);
		entry.touchedByCloudOverlay |= cloudLayer;
	}

	private void step(WorkingEntry entry, Operation operation, String change) {
		entry.addStep(new OverlayStep(overlay, operation, line(operation), change));
	}

	private OverlayException error(Operation operation, String message) {
		return new OverlayException(location(operation), message);
	}

	private String location(EObject operation) {
		int line = line(operation);
		return overlay.getOrigin() + (line > 0 ? ":" + line : "");
	}

	private static int line(EObject object) {
		Resource resource = object.eResource();
		return resource instanceof LineTrackingXMIResource ? ((LineTrackingXMIResource) resource).lineOf(object) : 0;
	}
}
