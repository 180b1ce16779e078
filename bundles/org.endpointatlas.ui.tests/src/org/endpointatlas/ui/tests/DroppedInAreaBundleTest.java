package org.endpointatlas.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Properties;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeItem;
import org.eclipse.ui.IViewPart;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.endpointatlas.catalog.model.Catalog;
import org.endpointatlas.catalog.model.Endpoint;
import org.endpointatlas.catalog.model.FeatureArea;
import org.endpointatlas.core.io.CatalogFiles;
import org.endpointatlas.ui.EndpointAtlasUi;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;

/**
 * The example area bundle of {@code examples/org.example.contoso.areas}, installed into the running workbench the way
 * the product's {@code dropins/} installer does it ({@code reference:} location, started with its activation policy),
 * appears in the Areas navigator under its bundle, with its area and endpoints, and disappears again when it is
 * uninstalled: on Refresh, and by itself when the registry reports the change.
 * <p>
 * The tests module builds before {@code examples/} in the reactor (and {@code -pl ... -am} would not build it at all),
 * so the test makes the bundle jar itself from the example's folder, with the entries its {@code build.properties}
 * ships ({@code bin.includes}), as the example's README says any jar tool may: what it installs is what the example
 * holds, not a copy kept in the test.
 */
class DroppedInAreaBundleTest {

	/** System property (set by this bundle's pom): the example bundle's folder. */
	static final String EXAMPLE_PROPERTY = "atlas.example.areas";
	static final String EXAMPLE_BUNDLE = "org.example.contoso.areas";
	private static final int NAME = 0;
	private static final int ID = 1;
	private static final int COUNT = 2;

	private Path folder;
	private Bundle installed;
	private IViewPart areasView;
	private Tree tree;

	@BeforeEach
	void openTheAreasView() throws Exception {
		folder = Files.createTempDirectory("atlas-dropin");
		IWorkbench workbench = PlatformUI.getWorkbench();
		IWorkbenchPage page = workbench.showPerspective(EndpointAtlasUi.PERSPECTIVE_ID, workbench.getWorkbenchWindows()[0]);
		areasView = page.showView(EndpointAtlasUi.AREAS_VIEW_ID);
		tree = Widgets.find(Tree.class, EndpointAtlasUi.AREAS_TREE_WIDGET_ID);
		refresh();
		UiWait.until("the built-in areas are shown", () -> Widgets.column(Widgets.areaItems(tree), ID).contains("url-forwarding"), () -> Widgets.describe(tree));
	}

	@AfterEach
	void uninstallAndCleanUp() throws Exception {
		if (installed != null && installed.getState() != Bundle.UNINSTALLED) {
			installed.uninstall();
			refresh();
		}
		Fixtures.delete(folder);
	}

	@Test
	void theExampleAreaBundleAppearsUnderItsBundleAndGoesWhenUninstalled() throws Exception {
		Path example = exampleFolder();
		Catalog catalog = CatalogFiles.loadCatalog(example.resolve(announcedResource(example)));
		FeatureArea area = catalog.getAreas().get(0);
		List<String> patterns = area.getEndpoints().stream().map(Endpoint::getPattern).sorted().collect(Collectors.toList());
		assertFalse(contributors().contains(EXAMPLE_BUNDLE), "the example is not installed before the test: " + Widgets.describe(tree));

		installAndStart(example);
		refresh();

		UiWait.until("the navigator shows " + EXAMPLE_BUNDLE, () -> contributors().contains(EXAMPLE_BUNDLE), () -> Widgets.describe(tree));
		System.out.println("DroppedInAreaBundleTest: with the example installed the navigator shows " + Widgets.describe(tree));
		TreeItem bundleItem = Widgets.findItem(tree, NAME, EXAMPLE_BUNDLE);
		assertEquals(List.of(area.getId()), Widgets.column(Arrays.asList(bundleItem.getItems()), ID), Widgets.describe(tree));
		TreeItem areaItem = bundleItem.getItem(0);
		assertEquals(area.getName(), areaItem.getText(NAME));
		assertEquals(String.valueOf(patterns.size()), areaItem.getText(COUNT));
		assertTrue(contributors().containsAll(List.of("org.endpointatlas.configmgr.urlforwarding", "org.endpointatlas.configmgr.updates")),
				"the built-in areas stay: " + Widgets.describe(tree));
		List<String> origins = contributors();
		assertEquals(origins.stream().sorted().collect(Collectors.toList()), origins, "contributors are sorted");

		// its endpoints, as a click on the area shows them
		Widgets.select(tree, areaItem);
		Table table = Widgets.find(Table.class, EndpointAtlasUi.ENDPOINTS_TABLE_WIDGET_ID);
		assertEquals(patterns, Widgets.column(table, 0), Widgets.describe(table));

		installed.uninstall();
		refresh();
		UiWait.until(EXAMPLE_BUNDLE + " is gone from the navigator", () -> !contributors().contains(EXAMPLE_BUNDLE), () -> Widgets.describe(tree));
		assertFalse(Widgets.column(Widgets.areaItems(tree), ID).contains(area.getId()), Widgets.describe(tree));
		assertTrue(Widgets.column(Widgets.areaItems(tree), ID).containsAll(List.of("url-forwarding", "updates-and-servicing")), Widgets.describe(tree));
	}

	@Test
	void theNavigatorFollowsTheExampleBundleWithoutRefresh() throws Exception {
		Path example = exampleFolder();
		assertFalse(contributors().contains(EXAMPLE_BUNDLE), "the example is not installed before the test: " + Widgets.describe(tree));

		installAndStart(example);
		UiWait.until(EXAMPLE_BUNDLE + " shows up by itself once started", () -> contributors().contains(EXAMPLE_BUNDLE),
				() -> Widgets.describe(tree));

		installed.stop();
		UiWait.until(EXAMPLE_BUNDLE + " goes by itself once stopped", () -> !contributors().contains(EXAMPLE_BUNDLE),
				() -> Widgets.describe(tree));

		installed.start(Bundle.START_ACTIVATION_POLICY);
		UiWait.until(EXAMPLE_BUNDLE + " comes back by itself once started again", () -> contributors().contains(EXAMPLE_BUNDLE),
				() -> Widgets.describe(tree));

		installed.uninstall();
		UiWait.until(EXAMPLE_BUNDLE + " goes by itself once uninstalled", () -> !contributors().contains(EXAMPLE_BUNDLE),
				() -> Widgets.describe(tree));
		assertTrue(Widgets.column(Widgets.areaItems(tree), ID).containsAll(List.of("url-forwarding", "updates-and-servicing")),
				"the built-in areas stay: " + Widgets.describe(tree));
	}

	/** Installs the example's jar as the dropins installer does, and starts it with its activation policy. */
	private void installAndStart(Path example) throws Exception {
		Path jar = jarOf(example, folder.resolve(EXAMPLE_BUNDLE + ".jar"));
		BundleContext context = FrameworkUtil.getBundle(DroppedInAreaBundleTest.class).getBundleContext();
		installed = context.installBundle("reference:" + jar.toUri());
		installed.start(Bundle.START_ACTIVATION_POLICY);
		assertEquals(EXAMPLE_BUNDLE, installed.getSymbolicName());
	}

	/** The contributor items of the tree (bundle symbolic names), in display order. */
	private List<String> contributors() {
		return Widgets.column(Arrays.asList(tree.getItems()), NAME);
	}

	/** Presses the Refresh tool item of the Areas view: the navigator recomputes from the running bundles. */
	private void refresh() {
		Widgets.press(Widgets.toolItem(areasView, EndpointAtlasUi.REFRESH_ACTION_ID));
	}

	private static Path exampleFolder() {
		String property = System.getProperty(EXAMPLE_PROPERTY);
		assertTrue(property != null && !property.isBlank(), "the system property " + EXAMPLE_PROPERTY + " names the example bundle's folder");
		Path example = Path.of(property).toAbsolutePath().normalize();
		assertTrue(Files.isRegularFile(example.resolve(JarFile.MANIFEST_NAME)), "no bundle in " + example);
		return example;
	}

	/** The resource of the manifest's {@code Provide-Capability: org.endpointatlas.catalog; ...; resource="..."}. */
	private static String announcedResource(Path example) throws IOException {
		try (InputStream in = Files.newInputStream(example.resolve(JarFile.MANIFEST_NAME))) {
			String capability = new Manifest(in).getMainAttributes().getValue("Provide-Capability");
			java.util.regex.Matcher resource = java.util.regex.Pattern.compile("resource=\"([^\"]+)\"").matcher(String.valueOf(capability));
			assertTrue(resource.find(), "the example announces its catalog: " + capability);
			return resource.group(1);
		}
	}

	/** A jar of the bundle folder with what {@code bin.includes} of its build.properties lists, manifest first. */
	static Path jarOf(Path bundle, Path jar) throws IOException {
		Properties build = new Properties();
		try (InputStream in = Files.newInputStream(bundle.resolve("build.properties"))) {
			build.load(in);
		}
		List<Path> files = new ArrayList<>();
		for (String include : build.getProperty("bin.includes", "").split(",")) {
			Path entry = bundle.resolve(include.trim()).normalize();
			if (include.isBlank() || include.trim().equals(".") || !entry.startsWith(bundle) || !Files.exists(entry)) {
				continue; // "." is the compiled code, which a data-only bundle does not have
			}
			try (Stream<Path> walk = Files.walk(entry)) {
				walk.filter(Files::isRegularFile).sorted().forEach(files::add);
			}
		}
		Manifest manifest;
		try (InputStream in = Files.newInputStream(bundle.resolve(JarFile.MANIFEST_NAME))) {
			manifest = new Manifest(in);
		}
		try (OutputStream out = Files.newOutputStream(jar); JarOutputStream zip = new JarOutputStream(out, manifest)) {
			for (Path file : files) {
				String name = bundle.relativize(file).toString().replace('\\', '/');
				if (name.equalsIgnoreCase(JarFile.MANIFEST_NAME)) {
					continue;
				}
				zip.putNextEntry(new JarEntry(name));
				Files.copy(file, zip);
				zip.closeEntry();
			}
		}
		return jar;
	}
}
