package org.endpointatlas.ui.tests;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Comparator;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.endpointatlas.core.io.UserCatalogHome;
import org.junit.jupiter.api.Assumptions;
import org.osgi.framework.FrameworkUtil;
import org.osgi.util.tracker.ServiceTracker;

/** Test data and environment: a private user-catalog home, catalog and overlay files, a directory nobody may write. */
final class Fixtures {

	/** A small user catalog: one area, two endpoints; the second has no source (a lint warning). */
	static final String CONTOSO_CATALOG = String.join("\n", //
			"<?xml version=\"1.0\" encoding=\"UTF-8\"?>", //
			"<catalog:Catalog xmi:version=\"2.0\" xmlns:xmi=\"http://www.omg.org/XMI\" xmlns:catalog=\"http://endpointatlas.org/catalog/1.0\"", //
			"    id=\"contoso\" name=\"Contoso\" version=\"2026.1\">", //
			"  <sources id=\"contoso-wiki\" title=\"Contoso network wiki\" url=\"https://wiki.contoso.example/network\"/>", //
			"  <areas id=\"contoso-apps\" name=\"Contoso line-of-business apps\">", //
			"    <endpoints pattern=\"apps.contoso.com\" scheme=\"https\">", //
			"      <ports transport=\"tcp\" from=\"443\"/>", //
			"      <sources document=\"contoso-wiki\" section=\"Apps\"/>", //
			"    </endpoints>", //
			"    <endpoints pattern=\"updates.contoso.com\" scheme=\"https\">", //
			"      <ports transport=\"tcp\" from=\"443\"/>", //
			"    </endpoints>", //
			"  </areas>", //
			"</catalog:Catalog>", "");

	/** Line of the endpoint without a source in {@link #CONTOSO_CATALOG}. */
	static final int UNSOURCED_LINE = 10;

	/** An XXE attempt: a DOCTYPE with an external entity. */
	static final String HOSTILE_CATALOG = String.join("\n", //
			"<?xml version=\"1.0\" encoding=\"UTF-8\"?>", //
			"<!DOCTYPE catalog [ <!ENTITY secret SYSTEM \"file:///etc/passwd\"> ]>", //
			"<catalog:Catalog xmi:version=\"2.0\" xmlns:xmi=\"http://www.omg.org/XMI\" xmlns:catalog=\"http://endpointatlas.org/catalog/1.0\"", //
			"    id=\"evil\" name=\"&secret;\"/>", "");

	/** Malformed XML: the end tag does not match. */
	static final String MALFORMED_CATALOG = String.join("\n", //
			"<?xml version=\"1.0\" encoding=\"UTF-8\"?>", //
			"<catalog:Catalog xmi:version=\"2.0\" xmlns:xmi=\"http://www.omg.org/XMI\" xmlns:catalog=\"http://endpointatlas.org/catalog/1.0\" id=\"broken\">", //
			"  <areas id=\"a\">", //
			"    <endpoints pattern=\"a.example.com\">", //
			"  </areas>", //
			"</catalog:Catalog>", "");

	private Fixtures() {
	}

	/** Points the user-catalog home at a fresh temporary folder, for the workbench and the command line alike. */
	static Path newHome() throws IOException {
		Path home = Files.createTempDirectory("atlas-home");
		System.setProperty(UserCatalogHome.HOME_PROPERTY, home.toString());
		return home;
	}

	/** Restores the test run's (empty) home and deletes {@code home}. */
	static void dropHome(Path home, String originalHome) throws IOException {
		if (originalHome == null) {
			System.clearProperty(UserCatalogHome.HOME_PROPERTY);
		} else {
			System.setProperty(UserCatalogHome.HOME_PROPERTY, originalHome);
		}
		delete(home);
	}

	static void delete(Path folder) throws IOException {
		if (folder == null || !Files.exists(folder)) {
			return;
		}
		makeWritable(folder);
		try (Stream<Path> files = Files.walk(folder)) {
			files.sorted(Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
		}
	}

	static Path write(Path file, String text) throws IOException {
		Files.createDirectories(file.getParent());
		return Files.writeString(file, text, StandardCharsets.UTF_8);
	}

	/**
	 * Makes a folder unwritable: no write permission and, where that does not stop the user (root), the immutable
	 * attribute. Skips the test where neither works.
	 */
	static void makeReadOnly(Path folder) throws IOException, InterruptedException {
		Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("r-xr-xr-x"));
		if (!canCreateIn(folder)) {
			return;
		}
		run("chattr", "+i", folder.toString());
		Assumptions.assumeFalse(canCreateIn(folder), "cannot make a folder read-only here (root without chattr)");
	}

	static void makeWritable(Path folder) throws IOException {
		try {
			run("chattr", "-i", folder.toString());
		} catch (IOException | InterruptedException e) {
			// not there, or not needed
		}
		Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("rwxr-xr-x"));
	}

	private static boolean canCreateIn(Path folder) {
		Path probe = folder.resolve(".probe-" + System.nanoTime());
		try {
			Files.createFile(probe);
			Files.delete(probe);
			return true;
		} catch (IOException e) {
			return false;
		}
	}

	private static void run(String... command) throws IOException, InterruptedException {
		Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
		process.getInputStream().readAllBytes();
		process.waitFor(10, TimeUnit.SECONDS);
	}

	/** A service of the running framework, waiting for it like an integration test. */
	static <T> T service(Class<T> type) throws InterruptedException {
		ServiceTracker<T, T> tracker = new ServiceTracker<>(FrameworkUtil.getBundle(Fixtures.class).getBundleContext(), type, null);
		tracker.open();
		T service = tracker.waitForService(UiWait.TIMEOUT.toMillis());
		if (service == null) {
			throw new AssertionError(type.getSimpleName() + " is not registered");
		}
		return service;
	}
}
