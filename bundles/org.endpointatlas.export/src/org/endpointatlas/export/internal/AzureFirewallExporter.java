package org.endpointatlas.export.internal;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Pattern;

import org.endpointatlas.catalog.model.SourceDocument;
import org.endpointatlas.core.EffectiveCatalog;
import org.endpointatlas.core.EffectiveEndpoint;
import org.endpointatlas.core.PortSpec;
import org.endpointatlas.core.pattern.HostPattern;
import org.endpointatlas.export.AllowlistExporter;
import org.endpointatlas.export.ExportContext;
import org.endpointatlas.export.ExportHeader;
import org.endpointatlas.export.ExportableEntries;
import org.endpointatlas.export.JsonWriter;
import org.osgi.service.component.annotations.Component;

/**
 * An ARM template (deployable as is, or from Bicep with {@code loadJsonContent}) with one Azure Firewall Policy rule
 * collection group that holds one application rule collection: rules of {@code targetFqdns} and {@code protocols}
 * ({@code Http}/{@code Https} with ports), one rule per protocol set.
 * <ul>
 * <li>{@code *} is only ever a prefix: {@code *.x} stays {@code *.x}, which does not match {@code x} itself (as in the
 * catalog); a mid-label {@code *-name.x} stays {@code *-name.x}, which Azure Firewall matches with anything to the left,
 * dots included (broader, warned).</li>
 * <li>Only HTTP and HTTPS are application rules: UDP (123) and other TCP ports (5223) need network rules and are left
 * out (warned).</li>
 * <li>Paths would need {@code targetUrls}, which need Premium with TLS inspection, and the documents forbid TLS
 * inspection for some hosts: a path entry becomes its whole host (warned). {@code terminateTLS} is always false.</li>
 * <li>Ports above 64000, which application rules refuse, are left out (warned).</li>
 * </ul>
 */
@Component(property = { AllowlistExporter.FORMAT + "=azure-firewall",
		AllowlistExporter.DESCRIPTION + "=ARM template: Azure Firewall Policy application rule collection (targetFqdns, protocols)" })
public class AzureFirewallExporter implements AllowlistExporter {

	static final String SCHEMA = "https://schema.management.azure.com/schemas/2019-04-01/deploymentTemplate.json#";
	static final String API_VERSION = "2023-09-01";
	/** Application rule protocols accept ports 1 to 64000 (AzureFirewallApplicationRuleProtocol.port). */
	static final int MAX_PORT = 64000;
	/** A target FQDN of ours: a host, or one leading {@code *} followed by host characters. */
	static final Pattern TARGET_FQDN = Pattern.compile("\\*?[a-z0-9.-]+");

	@Override
	public void export(EffectiveCatalog catalog, ExportContext context, Writer out) throws IOException {
		Map<String, Set<String>> fqdnsByProtocols = new TreeMap<>();
		Approximations approximations = new Approximations("azure-firewall");
		for (EffectiveEndpoint endpoint : ExportableEntries.of(catalog, context)) {
			WebAccess access = WebAccess.of(endpoint);
			if (access.hasNonWeb()) {
				approximations.add("left out, not HTTP or HTTPS (needs a network rule, not an application rule)",
						endpoint.getPattern() + " " + access.nonWebPorts());
			}
			List<String> protocols = new ArrayList<>();
			for (PortSpec port : access.http()) {
				addProtocol(protocols, "Http", port, endpoint, approximations);
			}
			for (PortSpec port : access.tls()) {
				addProtocol(protocols, "Https", port, endpoint, approximations);
			}
			if (protocols.isEmpty()) {
				continue;
			}
			if (endpoint.getPathAndQuery() != null) {
				approximations.add("paths become the whole host (paths need targetUrls: Premium with TLS inspection)",
						endpoint.getPattern() + endpoint.getPathAndQuery());
			}
			HostPattern pattern = endpoint.getHostPattern();
			if (pattern.isMidLabelWildcard()) {
				approximations.add("mid-label wildcards also match more labels to the left (a leading * matches anything, dots included)",
						pattern.text());
			}
			if (!TARGET_FQDN.matcher(pattern.text()).matches()) {
				approximations.add("left out, not a valid target FQDN", ExportHeader.singleLine(pattern.text()));
				continue;
			}
			fqdnsByProtocols.computeIfAbsent(String.join(",", new TreeSet<>(protocols)), k -> new TreeSet<>()).add(pattern.text());
		}
		approximations.report(context);
		write(new JsonWriter(out), catalog, fqdnsByProtocols);
	}

	private static void addProtocol(List<String> protocols, String type, PortSpec port, EffectiveEndpoint endpoint,
			Approximations approximations) {
		if (port.isRange() || port.getFrom() < 1 || port.getFrom() > MAX_PORT) {
			approximations.add("left out, application rules take single ports 1 to " + MAX_PORT, endpoint.getPattern() + " " + port);
			return;
		}
		protocols.add(type + ":" + port.getFrom());
	}

	private static void write(JsonWriter json, EffectiveCatalog catalog, Map<String, Set<String>> fqdnsByProtocols) throws IOException {
		json.beginObject().property("$schema", SCHEMA).property("contentVersion", "1.0.0.0");
		json.name("metadata").beginObject().property("generator", "Endpoint Atlas").property("catalogVersion", catalog.getVersion());
		json.name("sources").beginArray();
		for (SourceDocument source : catalog.getSources()) {
			json.value(ExportHeader.singleLine(ExportHeader.describe(source)));
		}
		json.endArray().endObject();
		json.name("parameters").beginObject();
		parameter(json, "firewallPolicyName", "string", null, "Name of the existing Azure Firewall Policy");
		parameter(json, "ruleCollectionGroupName", "string", "endpoint-atlas", "Name of the rule collection group to create or replace");
		json.name("ruleCollectionGroupPriority").beginObject().property("type", "int").name("defaultValue").value(500).endObject();
		json.name("ruleCollectionPriority").beginObject().property("type", "int").name("defaultValue").value(100).endObject();
		json.name("sourceAddresses").beginObject().property("type", "array").strings("defaultValue", List.of("*")).endObject();
		json.endObject();
		json.name("resources").beginArray().beginObject();
		json.property("type", "Microsoft.Network/firewallPolicies/ruleCollectionGroups").property("apiVersion", API_VERSION);
		json.property("name", "[format('{0}/{1}', parameters('firewallPolicyName'), parameters('ruleCollectionGroupName'))]");
		json.name("properties").beginObject().property("priority", "[parameters('ruleCollectionGroupPriority')]");
		json.name("ruleCollections").beginArray().beginObject();
		json.property("ruleCollectionType", "FirewallPolicyFilterRuleCollection").property("name", "endpoint-atlas-allow");
		json.property("priority", "[parameters('ruleCollectionPriority')]");
		json.name("action").beginObject().property("type", "Allow").endObject();
		json.name("rules").beginArray();
		for (Map.Entry<String, Set<String>> rule : fqdnsByProtocols.entrySet()) {
			writeRule(json, rule.getKey().split(","), rule.getValue());
		}
		json.endArray().endObject().endArray().endObject().endObject().endArray().endObject();
	}

	private static void parameter(JsonWriter json, String name, String type, String defaultValue, String description) throws IOException {
		json.name(name).beginObject().property("type", type).property("defaultValue", defaultValue);
		json.name("metadata").beginObject().property("description", description).endObject().endObject();
	}

	private static void writeRule(JsonWriter json, String[] protocols, Set<String> fqdns) throws IOException {
		List<String> nameParts = new ArrayList<>();
		json.beginObject().property("ruleType", "ApplicationRule");
		for (String protocol : protocols) {
			nameParts.add(protocol.replace(':', '-').toLowerCase(java.util.Locale.ROOT));
		}
		String name = String.join("_", nameParts);
		json.property("name", name.length() <= 80 ? name : name.substring(0, 80));
		json.name("protocols").beginArray();
		for (String protocol : protocols) {
			String[] typeAndPort = protocol.split(":");
			json.beginObject().property("protocolType", typeAndPort[0]).name("port").value(Integer.parseInt(typeAndPort[1])).endObject();
		}
		json.endArray();
		json.strings("targetFqdns", fqdns);
		json.property("sourceAddresses", "[parameters('sourceAddresses')]");
		json.name("terminateTLS").value(false);
		json.endObject();
	}
}
