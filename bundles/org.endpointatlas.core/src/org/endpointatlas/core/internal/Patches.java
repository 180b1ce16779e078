package org.endpointatlas.core.internal;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.ecore.util.EcoreUtil;
import org.endpointatlas.catalog.model.Endpoint;
import org.endpointatlas.catalog.model.PatchEndpoints;

/** Applies a {@link PatchEndpoints} operation to an endpoint and says what changed. */
final class Patches {

	private Patches() {
	}

	static String apply(PatchEndpoints patch, Endpoint endpoint) {
		List<String> changes = new ArrayList<>();
		for (String role : patch.getAddRoles()) {
			if (!endpoint.getRoles().contains(role)) {
				endpoint.getRoles().add(role);
				changes.add("role +" + role);
			}
		}
		patch.getAddConstraints().forEach(c -> {
			endpoint.getConstraints().add(EcoreUtil.copy(c));
			changes.add("constraint +" + c.getKind().getLiteral());
		});
		if (patch.isSetStatus()) {
			endpoint.setStatus(patch.getStatus());
			changes.add("status " + patch.getStatus().getLiteral());
		}
		if (patch.getValidFrom() != null) {
			endpoint.setValidFrom(patch.getValidFrom());
			changes.add("validFrom " + patch.getValidFrom());
		}
		if (patch.getValidUntil() != null) {
			endpoint.setValidUntil(patch.getValidUntil());
			changes.add("validUntil " + patch.getValidUntil());
		}
		if (patch.getReplacedBy() != null) {
			endpoint.setReplacedBy(patch.getReplacedBy());
			changes.add("replacedBy " + patch.getReplacedBy());
		}
		patch.getNotes().forEach(n -> {
			endpoint.getNotes().add(n);
			changes.add("note added");
		});
		return changes.isEmpty() ? "nothing" : String.join(", ", changes);
	}
}
