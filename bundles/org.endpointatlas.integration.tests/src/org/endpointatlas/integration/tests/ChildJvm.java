package org.endpointatlas.integration.tests;

import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.Constants;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.wiring.BundleWire;
import org.osgi.framework.wiring.BundleWiring;

/**
 * A separate JVM that runs a main class of this bundle on a flat class path made of the jars (or class folders) of the
 * bundles it needs: this bundle, and a bundle with everything it is wired to. Its output is read line by line.
 */
final class ChildJvm implements AutoCloseable {

	private static final String EOF = "\u0000EOF";

	private final Process process;
	private final BlockingQueue<String> lines = new LinkedBlockingQueue<>();
	private final Deque<String> transcript = new ArrayDeque<>();

	private final List<String> command;

	private ChildJvm(Process process, List<String> command) {
		this.process = process;
		this.command = command;
		Thread reader = new Thread(this::read, "child-jvm-output-" + process.pid());
		reader.setDaemon(true);
		reader.start();
	}

	/**
	 * Starts {@code mainClass} with the JVM of this test, on a class path of this bundle and {@code needed} with its wiring.
	 * The client compiler only: a short-lived process starts sooner, and runs at an even pace.
	 */
	static ChildJvm start(Class<?> mainClass, Bundle needed, List<String> args) throws IOException {
		String java = ProcessHandle.current().info().command().orElseGet(
				() -> Path.of(System.getProperty("java.home"), "bin", "java").toString());
		List<String> command = new ArrayList<>(List.of(java, "-Xmx1g", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1", "-cp", classPath(needed), mainClass.getName()));
		command.addAll(args);
		return new ChildJvm(new ProcessBuilder(command).redirectErrorStream(true).start(), command);
	}

	/** The class path: this bundle's classes, then {@code root} and every bundle it is wired to, transitively. */
	static String classPath(Bundle root) {
		Bundle self = FrameworkUtil.getBundle(ChildJvm.class);
		BundleContext context = self.getBundleContext();
		Set<Bundle> bundles = new LinkedHashSet<>();
		bundles.add(self);
		Set<Bundle> visited = new HashSet<>();
		Deque<Bundle> todo = new ArrayDeque<>(List.of(root));
		while (!todo.isEmpty()) {
			Bundle bundle = todo.removeFirst();
			if (!visited.add(bundle)) {
				continue;
			}
			bundles.add(bundle);
			BundleWiring wiring = bundle.adapt(BundleWiring.class);
			if (wiring == null) {
				throw new AssertionError(bundle.getSymbolicName() + " is not resolved");
			}
			for (BundleWire wire : wiring.getRequiredWires(null)) {
				todo.addLast(wire.getProvider().getBundle());
			}
		}
		Set<String> entries = new LinkedHashSet<>();
		for (Bundle bundle : bundles) {
			entries.addAll(classPathOf(bundle, context));
		}
		return String.join(File.pathSeparator, entries);
	}

	/** The jar of a bundle, or for a bundle in a folder (this test bundle under Tycho) its output folders from dev.properties. */
	private static List<String> classPathOf(Bundle bundle, BundleContext context) {
		if (bundle.getBundleId() == 0) {
			return List.of(fileOf(context.getProperty("osgi.framework")).toString());
		}
		Path location = fileOf(bundle.getLocation());
		if (!location.isAbsolute()) {
			// Equinox resolves relative locations against the install area (Tycho writes them so)
			location = fileOf(context.getProperty("osgi.install.area")).resolve(location).normalize();
		}
		String classPath = bundle.getHeaders("").get(Constants.BUNDLE_CLASSPATH);
		if (classPath != null && !classPath.trim().equals(".")) {
			throw new AssertionError(bundle.getSymbolicName() + " has a Bundle-ClassPath of its own, which a flat class path cannot hold: "
					+ classPath);
		}
		if (!Files.isDirectory(location)) {
			return List.of(location.toString());
		}
		List<String> folders = new ArrayList<>();
		String dev = context.getProperty("osgi.dev");
		if (dev != null && dev.startsWith("file:")) {
			Properties properties = new Properties();
			try (InputStream in = Files.newInputStream(fileOf(dev))) {
				properties.load(in);
			} catch (IOException e) {
				throw new AssertionError("cannot read " + dev, e);
			}
			String outputs = properties.getProperty(bundle.getSymbolicName());
			if (outputs != null) {
				for (String output : outputs.split(",")) {
					Path folder = location.resolve(output.trim());
					if (Files.isDirectory(folder)) {
						folders.add(folder.toString());
					}
				}
			}
		}
		folders.add(location.toString());
		return folders;
	}

	/** {@code reference:file:/x}, {@code initial@reference:file:/x}, {@code file:/x} or a plain path. */
	private static Path fileOf(String location) {
		int file = location.indexOf("file:");
		String path = file < 0 ? location : location.substring(file + "file:".length());
		try {
			return path.startsWith("/") && path.contains("%") ? Path.of(URI.create("file:" + path)) : Path.of(path);
		} catch (RuntimeException e) {
			throw new AssertionError("cannot map the bundle location " + location + " to a file", e);
		}
	}

	private void read() {
		try (BufferedReader reader = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
			for (String line; (line = reader.readLine()) != null;) {
				synchronized (transcript) {
					transcript.add(line);
					if (transcript.size() > 40) {
						transcript.removeFirst();
					}
				}
				lines.add(line);
			}
		} catch (IOException e) {
			// the process is gone
		} finally {
			lines.add(EOF);
		}
	}

	/**
	 * The next line that starts with {@code prefix}, skipping others; fails when the process ends first, or prints
	 * nothing of the kind for {@code timeoutSeconds} (a guard against a hung child, not a measurement).
	 */
	String awaitLine(String prefix, long timeoutSeconds) throws InterruptedException {
		long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(timeoutSeconds);
		while (true) {
			String line = lines.poll(Math.max(1, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
			if (line == null) {
				throw new AssertionError("the child printed no \"" + prefix + "\" line within " + timeoutSeconds + " s; it printed:\n" + transcript());
			}
			if (line.equals(EOF)) {
				lines.add(EOF);
				throw new AssertionError("the child ended (exit code " + process.waitFor() + ") before printing \"" + prefix + "\"; it printed:\n"
						+ transcript() + "\ncommand: " + String.join(" ", command));
			}
			if (line.startsWith(prefix)) {
				return line;
			}
		}
	}

	/** What the child printed after the lines already taken, up to its end (call after it ended). */
	List<String> remainingLines() throws InterruptedException {
		List<String> rest = new ArrayList<>();
		for (String line; !(line = lines.take()).equals(EOF);) {
			rest.add(line);
		}
		lines.add(EOF);
		return rest;
	}

	boolean isAlive() {
		return process.isAlive();
	}

	/** SIGKILL on Unix: no shutdown hook, no finally block, no flush runs in the child. Waits until it is gone. */
	int kill() throws InterruptedException {
		process.destroyForcibly();
		return process.waitFor();
	}

	String transcript() {
		synchronized (transcript) {
			return transcript.stream().collect(Collectors.joining("\n"));
		}
	}

	@Override
	public void close() throws InterruptedException {
		if (process.isAlive()) {
			kill();
		}
	}
}
