package org.endpointatlas.export.internal;

import java.io.IOException;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;

import org.endpointatlas.catalog.model.Catalog;
import org.endpointatlas.catalog.model.CatalogFactory;
import org.endpointatlas.catalog.model.Endpoint;
import org.endpointatlas.catalog.model.FeatureArea;
import org.endpointatlas.catalog.model.PortRange;
import org.endpointatlas.catalog.model.Scheme;
import org.endpointatlas.catalog.model.SourceDocument;
import org.endpointatlas.catalog.model.Transport;
import org.endpointatlas.core.ContributedArea;
import org.endpointatlas.core.ContributedCatalog;
import org.endpointatlas.core.EffectiveCatalog;
import org.endpointatlas.core.EffectiveEndpoint;
import org.endpointatlas.core.PortSpec;
import org.endpointatlas.core.Provenance;
import org.endpointatlas.core.pattern.HostPattern;
import org.endpointatlas.export.AllowlistExporter;
import org.endpointatlas.export.ExportContext;

/**
 * Builds an {@link EffectiveCatalog} directly from the public API, without the loader, so that a test can hand a writer
 * values the loader would refuse (hostile paths, titles, notes): the writers' own escaping is tested on its own.
 */
final class TestCatalog {

	private static final CatalogFactory FACTORY = CatalogFactory.eINSTANCE;

	final Catalog catalog = FACTORY.createCatalog();
	final FeatureArea area = FACTORY.createFeatureArea();
	final ContributedCatalog contributed;
	private final List<EffectiveEndpoint> endpoints = new ArrayList<>();
	final List<String> warnings = new ArrayList<>();

	TestCatalog(String sourceTitle) {
		catalog.setId("test");
		catalog.setVersion("1");
		SourceDocument source = FACTORY.createSourceDocument();
		source.setId("doc");
		source.setTitle(sourceTitle);
		source.setPath("doc.md");
		catalog.getSources().add(source);
		area.setId("test-area");
		area.setName("Test area");
		catalog.getAreas().add(area);
		contributed = new ContributedCatalog(catalog, "test", ContributedCatalog.Kind.FILE);
	}

	TestCatalog() {
		this("Test document");
	}

	/** Adds an entry; ports as "tcp/443", "udp/123"; none means the scheme's defaults. */
	Endpoint addWithPath(String pattern, Scheme scheme, String path, String... ports) {
		Endpoint endpoint = FACTORY.createEndpoint();
		endpoint.setPattern(pattern);
		endpoint.setScheme(scheme);
		endpoint.setPathAndQuery(path);
		List<PortSpec> specs = new ArrayList<>();
		for (String port : ports) {
			String[] parts = port.split("/");
			PortRange range = FACTORY.createPortRange();
			range.setTransport(Transport.get(parts[0]));
			range.setFrom(Integer.parseInt(parts[1]));
			endpoint.getPorts().add(range);
			specs.add(PortSpec.of(range));
		}
		area.getEndpoints().add(endpoint);
		try {
			endpoints.add(new EffectiveEndpoint(HostPattern.parse(pattern), scheme, specs.isEmpty() ? PortSpec.defaultsFor(scheme) : specs, path,
					List.of(new Provenance(area, endpoint, contributed))));
		} catch (org.endpointatlas.core.pattern.InvalidHostPatternException e) {
			throw new IllegalArgumentException(e.getMessage(), e);
		}
		return endpoint;
	}

	Endpoint add(String pattern, Scheme scheme, String... ports) {
		return addWithPath(pattern, scheme, null, ports);
	}

	EffectiveCatalog effective() {
		return effective(endpoints);
	}

	EffectiveCatalog effective(List<EffectiveEndpoint> order) {
		return new EffectiveCatalog(order, List.of(new ContributedArea(area, contributed)), catalog.getSources(), List.of(), "test@1", List.of());
	}

	List<EffectiveEndpoint> endpoints() {
		return endpoints;
	}

	String export(AllowlistExporter exporter, String... options) throws IOException {
		return export(exporter, effective(), options);
	}

	String export(AllowlistExporter exporter, EffectiveCatalog effective, String... options) throws IOException {
		java.util.Map<String, String> map = new java.util.TreeMap<>();
		for (int i = 0; i + 1 < options.length; i += 2) {
			map.put(options[i], options[i + 1]);
		}
		StringWriter out = new StringWriter();
		exporter.export(effective, new ExportContext(map, warnings::add), out);
		return out.toString();
	}
}
