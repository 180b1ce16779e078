package org.endpointatlas.export.integration.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code --constraint KIND}: the entries with that constraint, on the entry itself or through a catalog policy. */
class ConstraintSelectionTest {

	@TempDir
	static Path dir;
	static Cli cli;
	static String edge;

	@BeforeAll
	static void start() throws Exception {
		cli = Cli.start(dir);
		edge = EdgeCatalog.write(dir).toString();
	}

	@Test
	void noTlsInspectionGivesTheDecryptionBypassList() {
		List<String> hosts = cli.run("export", "--format", "hosts", "--constraint", "no-tls-inspection", "--catalog", edge).ok().out.lines().toList();
		// Intune's policies: "SSL traffic inspection is not supported for *.manage.microsoft.com, *.dm.microsoft.com"
		assertTrue(hosts.contains("*.manage.microsoft.com"), hosts.toString());
		assertTrue(hosts.contains("*.dm.microsoft.com"), hosts.toString());
		// the same policy covers ConfigMgr's entries below manage.microsoft.com, across catalogs
		assertTrue(hosts.contains("configmgrbits.cdn.manage.microsoft.com"), hosts.toString());
		// an entry-level constraint of a user catalog
		assertTrue(hosts.contains("files.contoso-test.net"), hosts.toString());
		for (String other : List.of("aka.ms", "download.microsoft.com", "go.microsoft.com", "*.wild.contoso-test.net")) {
			assertFalse(hosts.contains(other), other + " has no such constraint: " + hosts);
		}
		assertTrue(hosts.size() < cli.run("export", "--format", "hosts", "--catalog", edge).ok().out.lines().count() / 2, hosts.toString());
	}

	@Test
	void aConcretePolicyHostCoversOnlyItselfAndRepeatedKindsAreAlternatives() {
		List<String> unauthenticated = cli.run("export", "--format", "hosts", "--constraint", "unauthenticated-proxy").ok().out.lines().toList();
		assertTrue(unauthenticated.contains("graph.microsoft.com"), unauthenticated.toString());
		assertFalse(unauthenticated.contains("download.microsoft.com"), unauthenticated.toString());
		List<String> both = cli.run("export", "--format", "hosts", "--constraint", "unauthenticated-proxy", "--constraint",
				"no-tls-inspection").ok().out.lines().toList();
		assertTrue(both.containsAll(unauthenticated) && both.contains("*.dm.microsoft.com"), both.toString());
	}

	@Test
	void everyFormatHonoursTheConstraint() {
		String squid = cli.run("export", "--format", "squid", "--constraint", "no-tls-inspection", "--squid-acl", "no_bump").ok().out;
		assertTrue(squid.contains("dstdomain .manage.microsoft.com") && !squid.contains("dstdomain download.microsoft.com"), squid);
		String pac = cli.run("export", "--format", "pac", "--constraint", "no-tls-inspection").ok().out;
		assertTrue(pac.contains("\".manage.microsoft.com\"") && !pac.contains("\"=aka.ms\""), pac);
		String json = cli.run("export", "--format", "json", "--constraint", "no-tls-inspection").ok().out;
		assertFalse(json.contains("\"aka.ms\""), json);
	}

	@Test
	void anUnknownKindExitsTwoListingTheKnownKinds() {
		cli.run("export", "--format", "hosts", "--constraint", "no-ssl-inspection").usageError(
				"unknown constraint \"no-ssl-inspection\" (known: tls12-cipher-suites, no-tls-inspection, unauthenticated-proxy, byte-ranges,"
						+ " long-lived-connection)");
		assertEquals(2, cli.run("areas", "--constraint", "nope").code);
	}
}
