package org.endpointatlas.catalog.editor.internal.overlay;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.eclipse.emf.ecore.EObject;
import org.endpointatlas.catalog.model.AddArea;
import org.endpointatlas.catalog.model.AddEndpoint;
import org.endpointatlas.catalog.model.EndpointMatch;
import org.endpointatlas.catalog.model.Operation;
import org.endpointatlas.catalog.model.Overlay;
import org.endpointatlas.catalog.model.PatchEndpoints;
import org.endpointatlas.catalog.model.RemoveEndpoints;
import org.endpointatlas.catalog.model.ReplacePattern;
import org.endpointatlas.catalog.model.SourceRef;
import org.endpointatlas.core.ContributedOverlay;
import org.endpointatlas.core.EffectiveCatalog;
import org.endpointatlas.core.EffectiveEndpoint;
import org.endpointatlas.core.OverlayStep;
import org.endpointatlas.core.PortSpec;
import org.endpointatlas.core.Provenance;
import org.endpointatlas.core.io.LineTrackingXMIResource;

/**
 * Marks the entries of the effective catalog with an overlay against the one without it: the overlay's provenance
 * steps say what it added, replaced or patched; entries that only the catalog without it has were removed, or marked
 * not documented for the cloud.
 */
final class EffectiveDiff {

	private EffectiveDiff() {
	}

	static List<EffectiveRow> rows(EffectiveCatalog without, EffectiveCatalog with, ContributedOverlay overlay) {
		List<EffectiveRow> rows = new ArrayList<>();
		Set<String> keys = new HashSet<>();
		for (EffectiveEndpoint entry : with.getEndpoints()) {
			keys.add(key(entry));
			rows.add(rowOf(entry, overlay));
		}
		for (EffectiveEndpoint entry : without.getEndpoints()) {
			if (!keys.contains(key(entry))) {
				leftOut(entry, overlay).ifPresent(rows::add);
			}
		}
		// what the overlay changes first, then templates, then the rest; each by pattern
		rows.sort(Comparator.comparing(EffectiveRow::getKind).thenComparing(EffectiveRow::getPattern).thenComparing(EffectiveRow::getScheme)
				.thenComparing(EffectiveRow::getPorts));
		return rows;
	}

	/** An entry of the catalog without overlay: base and parameterised, as no composition of the overlay exists. */
	static List<EffectiveRow> unchanged(EffectiveCatalog catalog) {
		return catalog.getEndpoints().stream().map(e -> rowOf(e, null)).collect(Collectors.toList());
	}

	private static String key(EffectiveEndpoint entry) {
		return entry.getPattern() + " " + entry.getScheme() + " " + entry.getPorts() + " " + entry.getPathAndQuery();
	}

	private static EffectiveRow rowOf(EffectiveEndpoint entry, ContributedOverlay overlay) {
		List<OverlayStep> mine = entry.getProvenance().stream().flatMap(p -> p.getSteps().stream())
				.filter(s -> overlay != null && s.getOverlay() == overlay).collect(Collectors.toList());
		RowKind kind = RowKind.BASE;
		if (mine.stream().anyMatch(s -> s.getOperation() instanceof AddEndpoint || s.getOperation() instanceof AddArea)) {
			kind = RowKind.ADDED;
		} else if (mine.stream().anyMatch(s -> s.getOperation() instanceof ReplacePattern)) {
			kind = RowKind.REPLACED;
		} else if (mine.stream().anyMatch(s -> s.getOperation() instanceof PatchEndpoints)) {
			kind = RowKind.PATCHED;
		}
		boolean parameterised = entry.getProvenance().stream().anyMatch(p -> hasPlaceholder(p.getEndpoint().getPattern()));
		if (kind == RowKind.BASE && parameterised) {
			kind = RowKind.PARAMETERISED;
		}
		String change = mine.stream().map(OverlayStep::getChange).distinct().collect(Collectors.joining("; "));
		if (change.isEmpty() && parameterised) {
			change = entry.getHostPattern().hasPlaceholders() ? "unresolved: set the parameter to include it in exports"
					: "resolved from " + templatesOf(entry);
		}
		List<EObject> operations = mine.stream().map(OverlayStep::getOperation).distinct().collect(Collectors.toList());
		return new EffectiveRow(kind, parameterised, entry.getPattern() + (entry.getPathAndQuery() == null ? "" : entry.getPathAndQuery()),
				entry.getScheme().getLiteral(), ports(entry.getPorts()), String.join(", ", entry.getAreaIds()), change, provenance(entry),
				operations);
	}

	/** A base entry missing with the overlay: what removed it, or nothing for the old pattern of a replacement. */
	private static Optional<EffectiveRow> leftOut(EffectiveEndpoint entry, ContributedOverlay overlay) {
		Overlay model = overlay.getOverlay();
		for (Operation operation : model.getOperations()) {
			if (operation instanceof ReplacePattern) {
				ReplacePattern replace = (ReplacePattern) operation;
				if (selects(replace.getMatch(), entry)) {
					if (replace.isNotDocumented() || replace.getReplacement() == null) {
						String reason = replace.getDescription() == null ? "no documented equivalent" : replace.getDescription();
						return Optional.of(leftOutRow(RowKind.NOT_DOCUMENTED, entry, "not documented for this cloud: " + reason,
								location(overlay, operation), operation));
					}
					// its new pattern is a row of its own, marked replaced
					return Optional.empty();
				}
			} else if (operation instanceof RemoveEndpoints && selects(((RemoveEndpoints) operation).getMatch(), entry)) {
				String reason = ((RemoveEndpoints) operation).getReason();
				return Optional.of(leftOutRow(RowKind.REMOVED, entry, "removed" + (reason == null ? "" : ": " + reason),
						location(overlay, operation), operation));
			}
		}
		return Optional.of(leftOutRow(RowKind.REMOVED, entry, "no longer selected with this overlay (a parameter or area it sets)", null, null));
	}

	private static EffectiveRow leftOutRow(RowKind kind, EffectiveEndpoint entry, String change, String location, Operation operation) {
		String provenance = provenance(entry) + "\n\nWith this overlay: " + change + (location == null ? "" : "\n  at " + location);
		boolean parameterised = entry.getProvenance().stream().anyMatch(p -> hasPlaceholder(p.getEndpoint().getPattern()));
		return new EffectiveRow(kind, parameterised, entry.getPattern() + (entry.getPathAndQuery() == null ? "" : entry.getPathAndQuery()),
				entry.getScheme().getLiteral(), ports(entry.getPorts()), String.join(", ", entry.getAreaIds()), change, provenance,
				operation == null ? List.of() : List.of(operation));
	}

	/** The composer's match rule (core's Matches), against each area that requires the entry. */
	private static boolean selects(EndpointMatch match, EffectiveEndpoint entry) {
		if (match == null) {
			return false;
		}
		for (Provenance provenance : entry.getProvenance()) {
			String pattern = provenance.getEndpoint().getPattern();
			boolean byPattern = match.getPattern() == null || match.getPattern().equalsIgnoreCase(pattern);
			boolean byArea = match.getAreas().isEmpty() || match.getAreas().contains(provenance.getAreaId());
			boolean byRole = match.getRoles().isEmpty() || provenance.getEndpoint().getRoles().stream().anyMatch(match.getRoles()::contains);
			if (byPattern && byArea && byRole) {
				return true;
			}
		}
		return false;
	}

	private static String location(ContributedOverlay overlay, EObject operation) {
		int line = operation.eResource() instanceof LineTrackingXMIResource ? ((LineTrackingXMIResource) operation.eResource()).lineOf(operation) : 0;
		return overlay.getOrigin() + (line > 0 ? ":" + line : "");
	}

	private static boolean hasPlaceholder(String pattern) {
		return pattern != null && pattern.contains("{");
	}

	private static String templatesOf(EffectiveEndpoint entry) {
		return entry.getProvenance().stream().map(p -> p.getEndpoint().getPattern()).filter(EffectiveDiff::hasPlaceholder).distinct()
				.collect(Collectors.joining(", "));
	}

	private static String ports(List<PortSpec> ports) {
		return ports.stream().map(String::valueOf).collect(Collectors.joining(", "));
	}

	/** The hover text: every area that requires the entry, its documents, and the overlay steps that changed it. */
	static String provenance(EffectiveEndpoint entry) {
		StringBuilder text = new StringBuilder(entry.toString());
		Set<String> documents = new LinkedHashSet<>();
		List<String> steps = new ArrayList<>();
		for (Provenance provenance : entry.getProvenance()) {
			text.append("\nArea ").append(provenance.getAreaId()).append(" (").append(provenance.getCatalog()).append(")");
			String template = provenance.getEndpoint().getPattern();
			if (hasPlaceholder(template)) {
				text.append(", template ").append(template);
			}
			for (SourceRef source : provenance.getSources()) {
				documents.add(source.getDocument() + (source.getSection() == null ? "" : " \u00a7 " + source.getSection()));
			}
			provenance.getSteps().forEach(step -> steps.add(step.toString()));
		}
		if (!documents.isEmpty()) {
			text.append("\nDocuments:");
			documents.forEach(d -> text.append("\n  ").append(d));
		}
		if (!steps.isEmpty()) {
			text.append("\nOverlay steps:");
			steps.stream().distinct().forEach(s -> text.append("\n  ").append(s));
		}
		return text.toString();
	}
}
