package org.endpointatlas.export.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import org.endpointatlas.catalog.model.Scheme;
import org.junit.jupiter.api.Test;

/**
 * The Azure Firewall export against Microsoft's published rules, not against our own earlier output. From the Azure
 * Firewall FAQ, "How do wildcards work in target URLs and target FQDNs in application rules?":
 * <ol>
 * <li>"FQDN - Asterisks work when placed on the left-most side." {@code www.contoso.*} and {@code *.contoso.*}: "No"
 * (not supported).</li>
 * <li>"Asterisks on the left-most side mean literally anything to the left will match, meaning multiple subdomains
 * and/or potentially unwanted domain name variations will be matched": {@code *contoso.com} matches
 * {@code example.anycontoso.com} and {@code contoso.com}.</li>
 * <li>{@code *.contoso.com} matches {@code any.contoso.com}: "If you want to specifically allow contoso.com, you must
 * include contoso.com in the rule."</li>
 * </ol>
 * And from the ARM/REST reference (AzureFirewallApplicationRuleProtocol): {@code protocolType} is {@code Http},
 * {@code Https} or {@code Mssql}; "port: Port number for the protocol, cannot be greater than 64000."
 * {@link #azureMatches} implements rules 1 to 3; it is checked against the FAQ's own examples, then used on our output.
 */
class AzureFirewallExpectationTest {

	static boolean supported(String targetFqdn) {
		return targetFqdn.indexOf('*', 1) < 0;
	}

	static boolean azureMatches(String targetFqdn, String host) {
		if (!supported(targetFqdn)) {
			throw new IllegalArgumentException("not supported: " + targetFqdn);
		}
		String regex = targetFqdn.startsWith("*") ? ".*" + Pattern.quote(targetFqdn.substring(1)) : Pattern.quote(targetFqdn);
		return Pattern.compile(regex, Pattern.CASE_INSENSITIVE).matcher(host).matches();
	}

	@Test
	void theMatcherAgreesWithTheFaqExamples() {
		assertTrue(azureMatches("www.contoso.com", "www.contoso.com"));
		assertTrue(azureMatches("*.contoso.com", "any.contoso.com"));
		assertFalse(azureMatches("*.contoso.com", "contoso.com"), "rule 3");
		assertTrue(azureMatches("*contoso.com", "example.anycontoso.com"), "rule 2");
		assertTrue(azureMatches("*contoso.com", "contoso.com"), "rule 2");
		assertFalse(supported("www.contoso.*"));
		assertFalse(supported("*.contoso.*"));
	}

	@Test
	void ourRuleCollectionFollowsTheRules() throws Exception {
		TestCatalog catalog = new TestCatalog();
		catalog.add("update.microsoft.com", Scheme.ANY, "tcp/80", "tcp/443");
		catalog.add("*.manage.microsoft.com", Scheme.HTTPS, "tcp/443");
		catalog.add("*-umwatsonc.events.data.microsoft.com", Scheme.HTTPS, "tcp/443");
		catalog.addWithPath("go.microsoft.com", Scheme.HTTPS, "/fwlink/?LinkID=619849", "tcp/443");
		catalog.add("time.windows.com", Scheme.ANY, "udp/123");
		catalog.add("push.example.net", Scheme.ANY, "tcp/443", "tcp/5223");
		catalog.add("plain.example.net", Scheme.HTTP, "tcp/8080");
		catalog.add("high.example.net", Scheme.HTTPS, "tcp/65000");
		Map<String, Object> template = MiniJson.object(MiniJson.parse(catalog.export(new AzureFirewallExporter())));
		assertEquals("https://schema.management.azure.com/schemas/2019-04-01/deploymentTemplate.json#", template.get("$schema"));
		assertEquals("test@1", MiniJson.object(template.get("metadata")).get("catalogVersion"));
		Map<String, Object> group = MiniJson.object(MiniJson.array(template.get("resources")).get(0));
		assertEquals("Microsoft.Network/firewallPolicies/ruleCollectionGroups", group.get("type"));
		Map<String, Object> collection = MiniJson.object(MiniJson.array(MiniJson.object(group.get("properties")).get("ruleCollections")).get(0));
		assertEquals("FirewallPolicyFilterRuleCollection", collection.get("ruleCollectionType"));
		assertEquals("Allow", MiniJson.object(collection.get("action")).get("type"));
		List<String> fqdns = new ArrayList<>();
		List<String> protocols = new ArrayList<>();
		for (Object ruleObject : MiniJson.array(collection.get("rules"))) {
			Map<String, Object> rule = MiniJson.object(ruleObject);
			assertEquals("ApplicationRule", rule.get("ruleType"));
			assertEquals(Boolean.FALSE, rule.get("terminateTLS"));
			assertTrue(((String) rule.get("name")).length() <= 80);
			List<String> ruleProtocols = new ArrayList<>();
			for (Object protocolObject : MiniJson.array(rule.get("protocols"))) {
				Map<String, Object> protocol = MiniJson.object(protocolObject);
				assertTrue(List.of("Http", "Https", "Mssql").contains(protocol.get("protocolType")), protocol.toString());
				long port = (Long) protocol.get("port");
				assertTrue(port >= 1 && port <= 64000, protocol.toString());
				ruleProtocols.add(protocol.get("protocolType") + ":" + port);
			}
			for (Object fqdn : MiniJson.array(rule.get("targetFqdns"))) {
				assertTrue(supported((String) fqdn), "rule 1: " + fqdn);
				fqdns.add((String) fqdn);
				protocols.add(fqdn + "=" + String.join(",", ruleProtocols));
			}
		}
		assertTrue(protocols.contains("update.microsoft.com=Http:80,Https:443"), protocols.toString());
		assertTrue(protocols.contains("*.manage.microsoft.com=Https:443"), protocols.toString());
		assertTrue(protocols.contains("plain.example.net=Http:8080"), protocols.toString());
		assertTrue(protocols.contains("push.example.net=Https:443"), protocols.toString());
		assertFalse(fqdns.contains("time.windows.com") || fqdns.contains("high.example.net"), fqdns.toString());
		Object[][] table = { //
				{ "update.microsoft.com", true }, { "update.microsoft.com.evil.net", false }, { "evilupdate.microsoft.com", false }, //
				{ "x.manage.microsoft.com", true }, { "manage.microsoft.com", false }, { "x-umwatsonc.events.data.microsoft.com", true }, //
				// broader than the catalog (warned): a leading * also matches more labels to the left
				{ "a.b-umwatsonc.events.data.microsoft.com", true }, //
				{ "go.microsoft.com", true }, { "evilmicrosoft.com", false } };
		for (Object[] row : table) {
			assertEquals(row[1], fqdns.stream().anyMatch(f -> azureMatches(f, (String) row[0])), row[0] + " against " + fqdns);
		}
		String warnings = String.join("\n", catalog.warnings);
		assertTrue(warnings.contains("mid-label wildcards also match more labels to the left") && warnings.contains("*-umwatsonc"), warnings);
		assertTrue(warnings.contains("time.windows.com udp/123") && warnings.contains("push.example.net tcp/5223"), warnings);
		assertTrue(warnings.contains("go.microsoft.com/fwlink/?LinkID=619849"), warnings);
		assertTrue(warnings.contains("high.example.net tcp/65000"), warnings);
	}
}
