package org.endpointatlas.ui.internal.views.areas;

import java.util.function.Function;
import java.util.stream.Collectors;

import org.eclipse.jface.viewers.TableViewer;
import org.endpointatlas.core.EffectiveEndpoint;

/** The columns of the endpoint table: Pattern, Scheme, Ports, Roles, Status and Path. */
final class EndpointTableColumns {

	private EndpointTableColumns() {
	}

	static void addTo(TableViewer viewer) {
		add(viewer, "Pattern", 320, EffectiveEndpoint::getPattern);
		add(viewer, "Scheme", 70, e -> e.getScheme().getLiteral());
		add(viewer, "Ports", 120, e -> e.getPorts().stream().map(String::valueOf).collect(Collectors.joining(", ")));
		add(viewer, "Roles", 240, e -> String.join(", ", e.getRoles()));
		add(viewer, "Status", 90, e -> e.getStatus().getLiteral());
		add(viewer, "Path", 220, EffectiveEndpoint::getPathAndQuery);
	}

	private static void add(TableViewer viewer, String title, int width, Function<EffectiveEndpoint, String> text) {
		TextColumn.add(viewer, title, width, element -> element instanceof EffectiveEndpoint ? text.apply((EffectiveEndpoint) element) : null);
	}
}
