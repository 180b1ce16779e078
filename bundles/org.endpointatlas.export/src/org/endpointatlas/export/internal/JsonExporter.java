package org.endpointatlas.export.internal;

import java.io.IOException;
import java.io.Writer;
import java.util.List;
import java.util.stream.Collectors;

import org.endpointatlas.catalog.model.Category;
import org.endpointatlas.catalog.model.Constraint;
import org.endpointatlas.catalog.model.Endpoint;
import org.endpointatlas.catalog.model.SourceDocument;
import org.endpointatlas.catalog.model.SourceRef;
import org.endpointatlas.catalog.model.Transport;
import org.endpointatlas.core.EffectiveCatalog;
import org.endpointatlas.core.EffectiveEndpoint;
import org.endpointatlas.core.PortSpec;
import org.endpointatlas.core.Provenance;
import org.endpointatlas.export.AllowlistExporter;
import org.endpointatlas.export.ExportContext;
import org.endpointatlas.export.ExportableEntries;
import org.endpointatlas.export.JsonWriter;
import org.osgi.service.component.annotations.Component;

/**
 * JSON shaped like Microsoft 365's endpoint web service (endpoint sets with id, serviceArea, urls, tcpPorts, udpPorts,
 * serviceAreaDisplayName, required, category, ips, notes), plus our fields: areas, scheme, path, roles, lifecycle,
 * constraints and provenance. One set per entry. The schema is {@code schema/export.schema.json} in this bundle.
 */
@Component(property = { AllowlistExporter.FORMAT + "=json",
		AllowlistExporter.DESCRIPTION + "=endpoint sets shaped like the Microsoft 365 endpoint web service, with provenance" })
public class JsonExporter implements AllowlistExporter {

	@Override
	public void export(EffectiveCatalog catalog, ExportContext context, Writer out) throws IOException {
		JsonWriter json = new JsonWriter(out);
		json.beginObject().property("generator", "Endpoint Atlas").property("catalogVersion", catalog.getVersion());
		writeSources(json, catalog.getSources());
		json.name("endpointSets").beginArray();
		int id = 1;
		for (EffectiveEndpoint endpoint : ExportableEntries.of(catalog, context)) {
			writeSet(json, id++, endpoint);
		}
		json.endArray().endObject();
	}

	private static void writeSources(JsonWriter json, List<SourceDocument> sources) throws IOException {
		json.name("sources").beginArray();
		for (SourceDocument source : sources) {
			json.beginObject().property("id", source.getId()).property("title", source.getTitle()).property("path", source.getPath())
					.property("repository", source.getRepository()).property("commit", source.getCommit())
					.property("date", source.getDate()).property("url", source.getUrl()).endObject();
		}
		json.endArray();
	}

	private static void writeSet(JsonWriter json, int id, EffectiveEndpoint endpoint) throws IOException {
		Endpoint first = endpoint.getRepresentative();
		json.beginObject().name("id").value(id);
		json.property("serviceArea", endpoint.getAreaIds().iterator().next());
		json.property("serviceAreaDisplayName", endpoint.getProvenance().get(0).getArea().getName());
		json.strings("areas", endpoint.getAreaIds());
		json.strings("urls", List.of(endpoint.getPattern()));
		if (!first.getAddresses().isEmpty()) {
			json.strings("ips", first.getAddresses());
		}
		json.property("scheme", endpoint.getScheme().getLiteral());
		json.property("pathAndQuery", endpoint.getPathAndQuery());
		json.property("tcpPorts", ports(endpoint.getPorts(), Transport.TCP));
		json.property("udpPorts", ports(endpoint.getPorts(), Transport.UDP));
		json.name("required").value(endpoint.isRequired());
		if (first.getCategory() != null && first.getCategory() != Category.NONE) {
			json.property("category", capitalised(first.getCategory().getLiteral()));
		}
		json.property("externalId", first.getExternalId());
		json.strings("roles", endpoint.getRoles());
		json.property("status", endpoint.getStatus().getLiteral());
		json.property("validFrom", first.getValidFrom()).property("validUntil", first.getValidUntil())
				.property("replacedBy", first.getReplacedBy());
		writeConstraints(json, endpoint.getConstraints());
		json.property("notes", endpoint.getNotes().isEmpty() ? null : String.join(" ", endpoint.getNotes()));
		writeProvenance(json, endpoint.getProvenance());
		json.endObject();
	}

	/** Microsoft 365 spells categories Optimize, Allow, Default. */
	private static String capitalised(String literal) {
		return Character.toUpperCase(literal.charAt(0)) + literal.substring(1);
	}

	/** "80,443" like the Microsoft 365 service; ranges as "5000-5010"; null when the transport is not used. */
	private static String ports(List<PortSpec> ports, Transport transport) {
		String text = ports.stream().filter(p -> p.getTransport() == transport)
				.map(p -> p.isRange() ? p.getFrom() + "-" + p.getTo() : String.valueOf(p.getFrom())).collect(Collectors.joining(","));
		return text.isEmpty() ? null : text;
	}

	private static void writeConstraints(JsonWriter json, List<Constraint> constraints) throws IOException {
		json.name("constraints").beginArray();
		for (Constraint constraint : constraints) {
			json.beginObject().property("kind", constraint.getKind().getLiteral()).property("value", constraint.getValue())
					.property("description", constraint.getDescription()).endObject();
		}
		json.endArray();
	}

	private static void writeProvenance(JsonWriter json, List<Provenance> provenance) throws IOException {
		json.name("provenance").beginArray();
		for (Provenance p : provenance) {
			json.beginObject().property("area", p.getAreaId()).property("origin", p.getCatalog().toString());
			json.name("sources").beginArray();
			for (SourceRef ref : p.getSources()) {
				json.beginObject().property("document", ref.getDocument()).property("section", ref.getSection()).endObject();
			}
			json.endArray().endObject();
		}
		json.endArray();
	}
}
