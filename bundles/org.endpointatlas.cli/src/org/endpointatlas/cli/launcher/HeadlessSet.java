package org.endpointatlas.cli.launcher;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.BundleException;
import org.osgi.framework.launch.Framework;
import org.osgi.framework.wiring.BundleRevision;
import org.osgi.framework.wiring.BundleWire;
import org.osgi.framework.wiring.BundleWiring;
import org.osgi.framework.wiring.FrameworkWiring;
import org.osgi.resource.Namespace;

/**
 * Works out which bundles of the product the command line needs, so that it never starts (or even installs) a UI
 * bundle. Installs everything in a throw-away framework, resolves it, and keeps:
 * <ul>
 * <li>roots: Felix SCR, every bundle that announces a catalog area or overlay, and every bundle that depends on
 * {@code org.endpointatlas.core} without depending on SWT (exporters, contributions, the CLI itself);</li>
 * <li>everything the roots need through mandatory wires.</li>
 * </ul>
 * Runs once after each build; the result is a {@link BundleList}.
 */
final class HeadlessSet {

	private static final String CORE = "org.endpointatlas.core";
	private static final String SWT = "org.eclipse.swt";
	private static final String SCR = "org.apache.felix.scr";
	private static final String CATALOG_NAMESPACE = "org.endpointatlas.catalog";
	private static final String OVERLAY_NAMESPACE = "org.endpointatlas.overlay";

	private final Map<Bundle, Set<Bundle>> needs = new HashMap<>();

	private HeadlessSet() {
	}

	static BundleList compute(Path install, Path bundlesInfo, Path scratch) throws IOException, BundleException, InterruptedException {
		Framework framework = Launcher.newFramework(scratch, true);
		framework.start();
		try {
			BundleContext context = framework.getBundleContext();
			Map<Bundle, String> locations = new HashMap<>();
			for (String location : productBundles(bundlesInfo)) {
				locations.put(context.installBundle(Launcher.referenceUrl(install, location)), location);
			}
			context.getBundle(0).adapt(FrameworkWiring.class).resolveBundles(null);
			return new HeadlessSet().select(locations, BundleList.stampOf(bundlesInfo));
		} finally {
			framework.stop();
			framework.waitForStop(10_000);
			deleteTree(scratch);
		}
	}

	private static void deleteTree(Path folder) throws IOException {
		if (!Files.exists(folder)) {
			return;
		}
		try (java.util.stream.Stream<Path> paths = Files.walk(folder)) {
			for (Path path : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
				Files.deleteIfExists(path);
			}
		}
	}

	/** Locations from {@code bundles.info}: {@code name,version,location,startLevel,autoStart}; the framework itself excluded. */
	static List<String> productBundles(Path bundlesInfo) throws IOException {
		List<String> locations = new ArrayList<>();
		for (String line : Files.readAllLines(bundlesInfo, StandardCharsets.UTF_8)) {
			String[] fields = line.split(",");
			if (!line.startsWith("#") && fields.length >= 3 && !fields[0].equals("org.eclipse.osgi")) {
				locations.add(fields[2]);
			}
		}
		return locations;
	}

	private BundleList select(Map<Bundle, String> locations, String stamp) {
		Set<Bundle> roots = new LinkedHashSet<>();
		for (Bundle bundle : locations.keySet()) {
			if (isRoot(bundle)) {
				roots.add(bundle);
			}
		}
		Set<Bundle> closure = new LinkedHashSet<>();
		roots.forEach(root -> closure.addAll(reachable(root)));
		List<BundleList.Entry> entries = new ArrayList<>();
		closure.stream().filter(locations::containsKey).sorted((a, b) -> a.getSymbolicName().compareTo(b.getSymbolicName()))
				.forEach(b -> entries.add(new BundleList.Entry(locations.get(b), roots.contains(b))));
		return new BundleList(stamp, entries);
	}

	private boolean isRoot(Bundle bundle) {
		if ((bundle.getState() & (Bundle.RESOLVED | Bundle.ACTIVE | Bundle.STARTING)) == 0) {
			return false;
		}
		if (SCR.equals(bundle.getSymbolicName()) || announcesArea(bundle)) {
			return true;
		}
		Set<String> names = new LinkedHashSet<>();
		reachable(bundle).forEach(b -> names.add(b.getSymbolicName()));
		return names.contains(CORE) && !names.contains(SWT);
	}

	/** Data-only bundles: catalogs and cloud overlays. */
	private static boolean announcesArea(Bundle bundle) {
		BundleRevision revision = bundle.adapt(BundleRevision.class);
		return revision != null && (!revision.getDeclaredCapabilities(CATALOG_NAMESPACE).isEmpty()
				|| !revision.getDeclaredCapabilities(OVERLAY_NAMESPACE).isEmpty());
	}

	/** The bundle and everything it needs through mandatory wires. */
	private Set<Bundle> reachable(Bundle start) {
		Set<Bundle> seen = new LinkedHashSet<>();
		Deque<Bundle> todo = new ArrayDeque<>(List.of(start));
		while (!todo.isEmpty()) {
			Bundle next = todo.pop();
			if (seen.add(next)) {
				todo.addAll(needs(next));
			}
		}
		return seen;
	}

	private Set<Bundle> needs(Bundle bundle) {
		return needs.computeIfAbsent(bundle, HeadlessSet::mandatoryProviders);
	}

	private static Set<Bundle> mandatoryProviders(Bundle bundle) {
		Set<Bundle> providers = new LinkedHashSet<>();
		BundleWiring wiring = bundle.adapt(BundleWiring.class);
		if (wiring == null) {
			return providers;
		}
		for (BundleWire wire : wiring.getRequiredWires(null)) {
			String resolution = wire.getRequirement().getDirectives().get(Namespace.REQUIREMENT_RESOLUTION_DIRECTIVE);
			Bundle provider = wire.getProvider().getBundle();
			if (!Namespace.RESOLUTION_OPTIONAL.equals(resolution) && provider.getBundleId() != 0) {
				providers.add(provider);
			}
		}
		return providers;
	}
}
