package org.endpointatlas.probe.lab.tests;

import java.util.ArrayList;
import java.util.List;

import org.endpointatlas.catalog.model.Catalog;
import org.endpointatlas.catalog.model.CatalogFactory;
import org.endpointatlas.catalog.model.Constraint;
import org.endpointatlas.catalog.model.ConstraintKind;
import org.endpointatlas.catalog.model.Endpoint;
import org.endpointatlas.catalog.model.FeatureArea;
import org.endpointatlas.catalog.model.Policy;
import org.endpointatlas.catalog.model.PortRange;
import org.endpointatlas.catalog.model.Scheme;
import org.endpointatlas.catalog.model.Transport;
import org.endpointatlas.core.ContributedCatalog;
import org.endpointatlas.core.EffectiveCatalog;
import org.endpointatlas.core.Selection;

/** A catalog of lab endpoints, built in code, composed through the real Composer service. */
final class LabCatalog {

	static final String AREA = "probe-lab";
	private static final CatalogFactory FACTORY = CatalogFactory.eINSTANCE;

	private final Catalog catalog = FACTORY.createCatalog();
	private final FeatureArea area = FACTORY.createFeatureArea();
	private int count;

	LabCatalog() {
		catalog.setId("probe-lab");
		catalog.setName("Probe lab");
		catalog.setVersion("1");
		area.setId(AREA);
		area.setName("Probe lab endpoints");
		catalog.getAreas().add(area);
	}

	static Endpoint https(String pattern, int port) {
		return endpoint(pattern, Scheme.HTTPS, Transport.TCP, port);
	}

	static Endpoint http(String pattern, int port) {
		return endpoint(pattern, Scheme.HTTP, Transport.TCP, port);
	}

	static Endpoint endpoint(String pattern, Scheme scheme, Transport transport, int port) {
		Endpoint endpoint = FACTORY.createEndpoint();
		endpoint.setPattern(pattern);
		endpoint.setScheme(scheme);
		endpoint.setRequired(true);
		PortRange range = FACTORY.createPortRange();
		range.setTransport(transport);
		range.setFrom(port);
		range.setTo(port);
		endpoint.getPorts().add(range);
		return endpoint;
	}

	static Endpoint constrained(Endpoint endpoint, ConstraintKind kind) {
		Constraint constraint = FACTORY.createConstraint();
		constraint.setKind(kind);
		endpoint.getConstraints().add(constraint);
		return endpoint;
	}

	LabCatalog add(Endpoint... endpoints) {
		for (Endpoint endpoint : endpoints) {
			endpoint.setId("e" + count++);
			area.getEndpoints().add(endpoint);
		}
		return this;
	}

	/** A catalog-wide policy: the constraint for every endpoint the pattern covers. */
	LabCatalog policy(String pattern, ConstraintKind kind) {
		Policy policy = FACTORY.createPolicy();
		policy.setId("policy-" + count++);
		policy.setPattern(pattern);
		Constraint constraint = FACTORY.createConstraint();
		constraint.setKind(kind);
		policy.getConstraints().add(constraint);
		catalog.getPolicies().add(policy);
		return this;
	}

	Catalog catalog() {
		return catalog;
	}

	EffectiveCatalog compose() throws InterruptedException {
		Selection selection = Selection.builder().catalog(new ContributedCatalog(catalog, "probe-lab", ContributedCatalog.Kind.FILE)).area(AREA).build();
		return Services.get(org.endpointatlas.core.Composer.class).compose(selection);
	}

	static List<Endpoint> list(Endpoint... endpoints) {
		return new ArrayList<>(List.of(endpoints));
	}
}
