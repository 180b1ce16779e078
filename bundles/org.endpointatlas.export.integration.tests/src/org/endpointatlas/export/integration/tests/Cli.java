package org.endpointatlas.export.integration.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.endpointatlas.cli.CommandLine;
import org.endpointatlas.export.AllowlistExporter;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.wiring.BundleRevision;
import org.osgi.util.tracker.ServiceTracker;

/**
 * The real command line service in the running framework, black-box: every bundle that announces
 * {@code org.endpointatlas.catalog} is started the way the product starts it (activation policy), then the services
 * are fetched through a tracker with a timeout. Each run gets an empty user-catalog home.
 */
final class Cli {

	static final long TIMEOUT_MS = 20_000;

	/** What one command gave: exit code, stdout (bytes and text) and stderr. */
	static final class Result {
		final int code;
		final byte[] bytes;
		final String out;
		final String err;

		Result(int code, byte[] bytes, String err) {
			this.code = code;
			this.bytes = bytes;
			this.out = new String(bytes, StandardCharsets.UTF_8);
			this.err = err;
		}

		Result ok() {
			assertEquals(0, code, err);
			return this;
		}

		/** Exit 2 with one line on stderr that contains {@code expected}, nothing on stdout, no stack trace. */
		Result usageError(String expected) {
			assertEquals(2, code, out + err);
			assertEquals("", out, "nothing on stdout for bad input");
			assertEquals(1, err.lines().count(), err);
			assertTrue(err.contains(expected), err);
			assertFalse(err.contains("Exception") || err.contains("\tat "), err);
			return this;
		}

		List<String> warnings() {
			return err.lines().filter(l -> l.startsWith("endpoint-atlas: warning: ")).map(l -> l.substring(25)).toList();
		}
	}

	private final CommandLine commandLine;
	private final Path home;

	private Cli(CommandLine commandLine, Path home) {
		this.commandLine = commandLine;
		this.home = home;
	}

	static Cli start(Path scratch) throws Exception {
		BundleContext context = FrameworkUtil.getBundle(Cli.class).getBundleContext();
		for (Bundle bundle : context.getBundles()) {
			BundleRevision revision = bundle.adapt(BundleRevision.class);
			if (revision != null && !revision.getDeclaredCapabilities("org.endpointatlas.catalog").isEmpty()) {
				bundle.start(Bundle.START_ACTIVATION_POLICY);
			}
		}
		if (context.getServiceReferences(AllowlistExporter.class, "(" + AllowlistExporter.FORMAT + "=" + EntryCountExporter.FORMAT + ")").isEmpty()) {
			context.registerService(AllowlistExporter.class, new EntryCountExporter(), FrameworkUtil.asDictionary(
					Map.of(AllowlistExporter.FORMAT, EntryCountExporter.FORMAT, AllowlistExporter.DESCRIPTION, EntryCountExporter.DESCRIPTION)));
		}
		for (Bundle bundle : context.getBundles()) {
			String name = bundle.getSymbolicName();
			if ("org.endpointatlas.core".equals(name) || "org.endpointatlas.export".equals(name) || "org.endpointatlas.cli".equals(name)) {
				bundle.start(Bundle.START_ACTIVATION_POLICY);
			}
		}
		ServiceTracker<CommandLine, CommandLine> tracker = new ServiceTracker<>(context, CommandLine.class, null);
		tracker.open();
		CommandLine service = tracker.waitForService(TIMEOUT_MS);
		assertNotNull(service, "the CommandLine service did not show up within " + TIMEOUT_MS + " ms");
		Cli cli = new Cli(service, scratch.resolve("empty-home"));
		// the extender loads area bundles as they start: wait until the built-in catalog stops growing
		long end = System.currentTimeMillis() + TIMEOUT_MS;
		long previous = -1;
		while (System.currentTimeMillis() < end) {
			long lines = cli.run("areas").out.lines().count();
			if (lines == previous && lines > 2) {
				break;
			}
			previous = lines;
			Thread.sleep(200);
		}
		return cli;
	}

	Result run(String... args) {
		List<String> all = new ArrayList<>(List.of(args));
		all.add("--home");
		all.add(home.toString());
		ByteArrayOutputStream stdout = new ByteArrayOutputStream();
		ByteArrayOutputStream stderr = new ByteArrayOutputStream();
		int code = commandLine.run(all, new PrintStream(stdout, true, StandardCharsets.UTF_8),
				new PrintStream(stderr, true, StandardCharsets.UTF_8));
		return new Result(code, stdout.toByteArray(), stderr.toString(StandardCharsets.UTF_8));
	}
}
