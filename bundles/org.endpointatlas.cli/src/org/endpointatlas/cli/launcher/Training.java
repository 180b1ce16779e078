package org.endpointatlas.cli.launcher;

import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The workload of the ahead-of-time cache's training run ({@code Main --aot-training}, see the launcher script): the
 * commands an admin runs, in one JVM, so that the cache holds the classes of every exporter, of user catalogs and of
 * explain, not only those of start-up. Output is discarded; a failing command only leaves its classes out.
 */
final class Training {

	static final String OPTION = "--aot-training";

	/** Runs one command and returns what it printed on stdout. */
	@FunctionalInterface
	interface Commands {
		String run(List<String> args, PrintStream err) throws Exception;
	}

	private Training() {
	}

	static int run(Commands commands) throws Exception {
		PrintStream discard = new PrintStream(OutputStream.nullOutputStream());
		Path dir = Files.createTempDirectory("endpoint-atlas-training");
		try {
			Path catalog = dir.resolve("training.catalog");
			Files.writeString(catalog, sampleCatalog(500), StandardCharsets.UTF_8);
			commands.run(List.of("areas"), discard);
			commands.run(List.of("roles"), discard);
			commands.run(List.of("explain", "login.microsoftonline.com"), discard);
			commands.run(List.of("validate", catalog.toString()), discard);
			for (String format : formats(commands.run(List.of("export", "--format", "help"), discard))) {
				commands.run(List.of("export", "--format", format), discard);
				commands.run(List.of("export", "--format", format, "--catalog", catalog.toString(), "-o", dir.resolve("out." + format).toString()), discard);
			}
			return 0;
		} finally {
			try (var files = Files.list(dir)) {
				for (Path file : (Iterable<Path>) files::iterator) {
					Files.deleteIfExists(file);
				}
			}
			Files.deleteIfExists(dir);
		}
	}

	private static List<String> formats(String help) {
		List<String> formats = new ArrayList<>();
		for (String line : help.split("\n")) {
			String name = line.strip().split("\\s+", 2)[0];
			if (!name.isEmpty()) {
				formats.add(name);
			}
		}
		return formats;
	}

	/** A user catalog with wildcards, plain hosts and two schemes, as large catalogs have them. */
	static String sampleCatalog(int endpoints) {
		StringBuilder xmi = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<catalog:Catalog xmi:version=\"2.0\""
				+ " xmlns:xmi=\"http://www.omg.org/XMI\" xmlns:catalog=\"http://endpointatlas.org/catalog/1.0\" id=\"training\" version=\"1\">\n"
				+ "  <sources id=\"training\" title=\"Training catalog\" path=\"training.md\"/>\n  <areas id=\"training-area\" name=\"Training\">\n");
		for (int i = 0; i < endpoints; i++) {
			String host = (i % 10 == 0 ? "*.svc" : "h") + i + ".training.example.net";
			String scheme = i % 4 == 0 ? "any" : "https";
			xmi.append("    <endpoints pattern=\"").append(host).append("\" scheme=\"").append(scheme)
					.append("\"><ports transport=\"tcp\" from=\"443\"/></endpoints>\n");
		}
		return xmi.append("  </areas>\n</catalog:Catalog>\n").toString();
	}
}
