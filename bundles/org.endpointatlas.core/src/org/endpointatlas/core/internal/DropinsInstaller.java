package org.endpointatlas.core.internal;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.BundleException;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;

/**
 * Installs and starts the bundles an organisation drops into the product's {@code dropins/} folder (its own area,
 * overlay or exporter bundles), in the workbench and in the command line alike. Installed bundles are remembered by
 * the framework; a jar that is already installed is left alone. Removing a jar is done by uninstalling it (or by
 * cleaning the framework state), as with any OSGi bundle.
 */
@Component(immediate = true)
public class DropinsInstaller {

	static final String FOLDER = "dropins";

	@Activate
	void activate(BundleContext context) {
		installationFolder(context).map(f -> f.resolve(FOLDER)).filter(Files::isDirectory).ifPresent(folder -> install(context, folder));
	}

	private static java.util.Optional<Path> installationFolder(BundleContext context) {
		String install = context.getProperty("endpointatlas.install");
		if (install != null) {
			return java.util.Optional.of(Path.of(install));
		}
		String area = context.getProperty("osgi.install.area");
		if (area == null || !area.startsWith("file:")) {
			return java.util.Optional.empty();
		}
		return java.util.Optional.of(Path.of(URI.create(area.replace(" ", "%20"))));
	}

	private static void install(BundleContext context, Path folder) {
		List<Bundle> installed = new ArrayList<>();
		for (Path jar : jarsIn(folder)) {
			String location = "reference:" + jar.toUri();
			if (context.getBundle(location) == null) {
				try {
					installed.add(context.installBundle(location));
				} catch (BundleException e) {
					System.err.println("endpoint-atlas: warning: " + jar + ": not installed: " + e.getMessage());
				}
			}
		}
		for (Bundle bundle : installed) {
			try {
				bundle.start(Bundle.START_ACTIVATION_POLICY);
			} catch (BundleException e) {
				System.err.println("endpoint-atlas: warning: " + bundle.getLocation() + ": not started: " + e.getMessage());
			}
		}
	}

	private static List<Path> jarsIn(Path folder) {
		try (Stream<Path> files = Files.list(folder)) {
			return files.filter(f -> f.getFileName().toString().endsWith(".jar")).sorted().collect(Collectors.toList());
		} catch (IOException e) {
			System.err.println("endpoint-atlas: warning: " + folder + ": cannot be listed: " + e.getMessage());
			return List.of();
		}
	}
}
