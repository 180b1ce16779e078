package org.endpointatlas.ui.internal.views.areas;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;

import org.eclipse.jface.viewers.IStructuredSelection;
import org.endpointatlas.core.EffectiveEndpoint;

/** The endpoints of the selected tree nodes: a contributor, a file or "My catalogs" stands for all its areas. Unique and sorted. */
final class SelectedEndpoints {

	static final Comparator<EffectiveEndpoint> ORDER = Comparator.comparing(EffectiveEndpoint::getPattern)
			.thenComparing(EffectiveEndpoint::getScheme).thenComparing(e -> e.getPorts().toString())
			.thenComparing(e -> String.valueOf(e.getPathAndQuery()));

	private SelectedEndpoints() {
	}

	static List<EffectiveEndpoint> of(IStructuredSelection selection) {
		Set<EffectiveEndpoint> unique = Collections.newSetFromMap(new IdentityHashMap<>());
		for (Object element : selection.toList()) {
			if (element instanceof AreaNode) {
				unique.addAll(((AreaNode) element).getEndpoints());
			} else if (element instanceof ContributorNode) {
				((ContributorNode) element).getAreas().forEach(area -> unique.addAll(area.getEndpoints()));
			} else if (element instanceof UserFileNode) {
				((UserFileNode) element).getAreas().forEach(area -> unique.addAll(area.getEndpoints()));
			} else if (element instanceof UserCatalogsNode) {
				((UserCatalogsNode) element).getFiles().forEach(file -> file.getAreas().forEach(area -> unique.addAll(area.getEndpoints())));
			}
		}
		List<EffectiveEndpoint> endpoints = new ArrayList<>(unique);
		endpoints.sort(ORDER);
		return endpoints;
	}
}
