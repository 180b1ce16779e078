package org.endpointatlas.cli.launcher;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.ServiceLoader;

import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.BundleException;
import org.osgi.framework.Constants;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.InvalidSyntaxException;
import org.osgi.framework.launch.Framework;
import org.osgi.framework.launch.FrameworkFactory;
import org.osgi.util.tracker.ServiceTracker;

/**
 * Embeds the OSGi framework with the headless bundles of the product, and runs one command through the
 * {@code org.endpointatlas.cli.CommandLine} service. Faster than the Eclipse application container because it starts
 * no extension registry, no UI bundle and no bundle the command line does not need.
 */
final class Launcher {

	private static final String COMMAND_LINE = "org.endpointatlas.cli.CommandLine";
	private static final long SERVICE_TIMEOUT_MS = 20_000;

	private final Path install;
	private final Path state;

	Launcher(Path install, Path state) {
		this.install = install;
		this.state = state;
	}

	static Framework newFramework(Path storage, boolean clean) throws BundleException {
		Map<String, String> config = new HashMap<>();
		config.put(Constants.FRAMEWORK_STORAGE, storage.toString());
		if (clean) {
			config.put(Constants.FRAMEWORK_STORAGE_CLEAN, Constants.FRAMEWORK_STORAGE_CLEAN_ONFIRSTINIT);
		}
		boolean debug = System.getenv("ENDPOINT_ATLAS_DEBUG") != null;
		// errors of the runtime (SCR, class loading) go to stderr only when asked for
		config.put("eclipse.log.enabled", Boolean.toString(debug));
		config.put("eclipse.consoleLog", Boolean.toString(debug));
		config.put("ds.loglevel", debug ? "warn" : "error");
		config.put("osgi.console.enable.builtin", "false");
		// nearly every command needs the built-in catalogs: the registry parses them while the framework finishes starting
		// (CatalogRegistryImpl.PARSE_EARLY)
		config.put("endpointatlas.catalogs.parseEarly", "true");
		Framework framework = ServiceLoader.load(FrameworkFactory.class, Launcher.class.getClassLoader()).iterator().next().newFramework(config);
		framework.init();
		return framework;
	}

	static String referenceUrl(Path install, String location) {
		return "reference:" + install.resolve(location).toUri();
	}

	int run(List<String> args, PrintStream out, PrintStream err) throws Exception {
		Path bundlesInfo = install.resolve("configuration/org.eclipse.equinox.simpleconfigurator/bundles.info");
		Path listFile = state.resolve("headless.bundles");
		boolean fresh = !isCurrent(listFile, bundlesInfo);
		if (fresh) {
			Files.createDirectories(state);
			HeadlessSet.compute(install, bundlesInfo, state.resolve("scratch")).write(listFile);
		}
		Framework framework = newFramework(state.resolve("framework"), fresh);
		framework.start();
		boolean changed = installIfEmpty(framework.getBundleContext(), BundleList.read(listFile));
		BundleContext context = framework.getBundleContext();
		int code = !args.isEmpty() && args.get(0).equals(Training.OPTION) ? Training.run((command, errors) -> {
			ByteArrayOutputStream captured = new ByteArrayOutputStream();
			invoke(context, command, new PrintStream(captured, true, StandardCharsets.UTF_8), errors);
			return captured.toString(StandardCharsets.UTF_8);
		}) : invoke(context, args, out, err);
		if (changed) {
			// persist the installed bundles for the next run; later runs skip this
			framework.stop();
			framework.waitForStop(10_000);
		}
		return code;
	}

	/** Names the bundles that did not resolve, which is why a service is missing. */
	private static String unresolved(BundleContext context) {
		StringBuilder names = new StringBuilder();
		for (Bundle bundle : context.getBundles()) {
			if (bundle.getState() == Bundle.INSTALLED) {
				names.append(names.length() == 0 ? "; unresolved: " : ", ").append(bundle.getSymbolicName());
			}
		}
		return names.toString();
	}

	private static boolean isCurrent(Path listFile, Path bundlesInfo) throws IOException {
		if (!Files.isRegularFile(listFile)) {
			return false;
		}
		return Files.readAllLines(listFile).stream().findFirst().orElse("").equals(BundleList.stampOf(bundlesInfo));
	}

	private boolean installIfEmpty(BundleContext context, BundleList list) throws BundleException {
		if (context.getBundles().length > 1) {
			return false;
		}
		List<Bundle> toStart = new java.util.ArrayList<>();
		for (BundleList.Entry entry : list.entries()) {
			Bundle bundle = context.installBundle(referenceUrl(install, entry.location));
			if (entry.start) {
				toStart.add(bundle);
			}
		}
		for (Bundle bundle : toStart) {
			bundle.start(Bundle.START_ACTIVATION_POLICY);
		}
		return true;
	}

	private static int invoke(BundleContext context, List<String> args, PrintStream out, PrintStream err)
			throws InvalidSyntaxException, InterruptedException, ReflectiveOperationException {
		ServiceTracker<Object, Object> tracker = new ServiceTracker<>(context,
				FrameworkUtil.createFilter("(" + Constants.OBJECTCLASS + "=" + COMMAND_LINE + ")"), null);
		tracker.open(true);
		try {
			Object service = tracker.waitForService(SERVICE_TIMEOUT_MS);
			if (service == null) {
				err.println("endpoint-atlas: the command-line service did not start" + unresolved(context) + " (delete "
						+ context.getProperty(Constants.FRAMEWORK_STORAGE) + " and try again, or set ENDPOINT_ATLAS_DEBUG=1)");
				return 2;
			}
			Method run = service.getClass().getMethod("run", List.class, PrintStream.class, PrintStream.class);
			return (Integer) run.invoke(service, args, out, err);
		} finally {
			tracker.close();
		}
	}
}
