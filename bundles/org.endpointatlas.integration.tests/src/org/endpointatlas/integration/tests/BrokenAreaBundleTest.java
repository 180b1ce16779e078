package org.endpointatlas.integration.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;

import org.endpointatlas.cli.CommandLine;
import org.endpointatlas.core.CatalogRegistry;
import org.endpointatlas.core.LoadProblem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osgi.framework.Bundle;

/** A dropped-in area bundle whose XMI is broken is reported with file and line, and does not stop the others. */
class BrokenAreaBundleTest {

	@TempDir
	Path dir;

	private Path brokenBundle() throws Exception {
		Manifest manifest = new Manifest();
		Attributes main = manifest.getMainAttributes();
		main.put(Attributes.Name.MANIFEST_VERSION, "1.0");
		main.putValue("Bundle-ManifestVersion", "2");
		main.putValue("Bundle-SymbolicName", "org.example.broken.area");
		main.putValue("Bundle-Version", "1.0.0");
		main.putValue("Bundle-ActivationPolicy", "lazy");
		main.putValue("Provide-Capability", "org.endpointatlas.catalog;area=\"broken-area\";resource=\"catalog/broken-area.xmi\"");
		Path jar = dir.resolve("broken.jar");
		try (OutputStream file = Files.newOutputStream(jar); JarOutputStream out = new JarOutputStream(file, manifest)) {
			out.putNextEntry(new JarEntry("catalog/broken-area.xmi"));
			out.write(("<?xml version=\"1.0\"?>\n<catalog:Catalog xmlns:xmi=\"http://www.omg.org/XMI\" xmi:version=\"2.0\""
					+ " xmlns:catalog=\"http://endpointatlas.org/catalog/1.0\" id=\"broken-area\">\n  <areas id=\"broken-area\">\n"
					+ "    <endpoints pattern=\"*.com\"/>\n  </areas>\n</catalog:Catalog>\n").getBytes(StandardCharsets.UTF_8));
		}
		return jar;
	}

	@Test
	void brokenAreaIsReportedAndTheOthersStillLoad() throws Exception {
		Services.startAreaBundles();
		CatalogRegistry registry = Services.get(CatalogRegistry.class);
		Bundle broken = Services.context().installBundle(brokenBundle().toUri().toString());
		try {
			broken.start(Bundle.START_ACTIVATION_POLICY);
			Services.waitUntil(() -> !registry.getProblems().isEmpty(), "the broken area is reported");
			LoadProblem problem = registry.getProblems().get(0);
			assertEquals("broken-area", problem.getAreaId());
			assertTrue(problem.getMessage().startsWith("org.example.broken.area/catalog/broken-area.xmi:4: invalid host pattern"),
					problem.getMessage());
			assertTrue(registry.getCatalogs().stream().anyMatch(c -> c.getCatalog().getId().equals("updates-and-servicing")));

			ByteArrayOutputStream out = new ByteArrayOutputStream();
			ByteArrayOutputStream err = new ByteArrayOutputStream();
			int code = Services.get(CommandLine.class).run(List.of("areas", "--home", dir.resolve("none").toString()),
					new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
			assertEquals(0, code);
			String table = out.toString(StandardCharsets.UTF_8);
			assertTrue(table.lines().anyMatch(l -> l.startsWith("broken-area") && l.contains("broken") && l.contains("org.example.broken.area")), table);
			assertTrue(table.contains("updates-and-servicing"), table);
			assertTrue(err.toString(StandardCharsets.UTF_8).contains("broken-area.xmi:4"), err.toString(StandardCharsets.UTF_8));
		} finally {
			broken.uninstall();
		}
		Services.waitUntil(() -> registry.getProblems().isEmpty(), "the problem goes with the bundle");
	}
}
