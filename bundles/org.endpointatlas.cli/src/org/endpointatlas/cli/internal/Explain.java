package org.endpointatlas.cli.internal;

import java.io.PrintStream;
import java.util.List;
import java.util.Optional;

import org.endpointatlas.catalog.model.Role;
import org.endpointatlas.catalog.model.SourceDocument;
import org.endpointatlas.catalog.model.SourceRef;
import org.endpointatlas.core.EffectiveCatalog;
import org.endpointatlas.core.EffectiveEndpoint;
import org.endpointatlas.core.OverlayStep;
import org.endpointatlas.core.Provenance;

/** {@code explain HOST}: which entries cover the host, and which areas, roles and documents bring each one in. */
final class Explain {

	private final PrintStream out;

	Explain(PrintStream out) {
		this.out = out;
	}

	/** 0 when the host is in the selection, 1 when it is not (a negative answer). */
	int run(String host, EffectiveCatalog catalog) {
		List<EffectiveEndpoint> matches = catalog.matching(host);
		if (matches.isEmpty()) {
			out.println(host + " is not in the selected catalog (" + catalog.getEndpoints().size() + " entries searched)");
			return 1;
		}
		out.println(host + " is covered by " + matches.size() + (matches.size() == 1 ? " entry:" : " entries:"));
		for (EffectiveEndpoint entry : matches) {
			printEntry(entry, catalog);
		}
		return 0;
	}

	private void printEntry(EffectiveEndpoint entry, EffectiveCatalog catalog) {
		out.println();
		out.println("  " + entry.getPattern() + "  " + entry.getScheme().getLiteral() + " " + entry.getPorts()
				+ (entry.getPathAndQuery() == null ? "" : " " + entry.getPathAndQuery()) + "  (" + entry.getStatus().getLiteral()
				+ (entry.isRequired() ? ", required" : ", optional") + ")");
		for (Provenance provenance : entry.getProvenance()) {
			out.println("    area " + provenance.getAreaId() + " from " + provenance.getCatalog());
			if (!provenance.getEndpoint().getPattern().equals(entry.getPattern())) {
				out.println("      template: " + provenance.getEndpoint().getPattern());
			}
			List<String> roles = provenance.getEndpoint().getRoles();
			out.println("      roles: " + (roles.isEmpty() ? "(any)" : String.join(", ", roles.stream().map(r -> roleName(r, catalog)).toList())));
			for (SourceRef source : provenance.getSources()) {
				out.println("      source: " + document(source, catalog, provenance) + (source.getSection() == null ? "" : ", section \"" + source.getSection() + "\""));
			}
			for (OverlayStep step : provenance.getSteps()) {
				out.println("      overlay: " + step.getChange() + " by " + step.getOverlay() + " at " + step.getLocation()
						+ (step.getDescription() == null ? "" : ": " + step.getDescription()));
				step.getSources().forEach(source -> out.println("        source: " + document(source, catalog, provenance)
						+ (source.getSection() == null ? "" : ", section \"" + source.getSection() + "\"")));
			}
		}
		entry.getNotes().forEach(note -> out.println("    note: " + note));
	}

	private static String roleName(String id, EffectiveCatalog catalog) {
		return catalog.findRole(id).map(Role::getName).map(name -> name + " (" + id + ")").orElse(id);
	}

	/** The document's title and path: from the catalogs, or from the overlays that added or changed the entry. */
	private static String document(SourceRef source, EffectiveCatalog catalog, Provenance provenance) {
		java.util.stream.Stream<SourceDocument> overlayDocuments = provenance.getSteps().stream()
				.flatMap(step -> step.getOverlay().getOverlay().getSources().stream());
		Optional<SourceDocument> document = java.util.stream.Stream.concat(catalog.getSources().stream(), overlayDocuments)
				.filter(d -> d.getId().equals(source.getDocument())).findFirst();
		return document.map(d -> d.getTitle() + " (" + d.getPath() + ")").orElse(String.valueOf(source.getDocument()));
	}
}
