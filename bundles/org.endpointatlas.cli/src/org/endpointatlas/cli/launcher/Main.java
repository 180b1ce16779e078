package org.endpointatlas.cli.launcher;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

/**
 * Entry point of the headless {@code endpoint-atlas} command:
 * {@code java -Dendpointatlas.install=DIR -cp DIR/plugins/org.eclipse.osgi_*.jar:DIR/plugins/org.endpointatlas.cli_*.jar
 * org.endpointatlas.cli.launcher.Main ARGS}. The framework state lives in {@code DIR/configuration/cli}, or in
 * {@code ~/.cache/endpoint-atlas} when the installation is read-only.
 */
public final class Main {

	private Main() {
	}

	public static void main(String[] args) {
		String installProperty = System.getProperty("endpointatlas.install");
		if (installProperty == null) {
			System.err.println("endpoint-atlas: -Dendpointatlas.install=DIR is not set; start it through the endpoint-atlas script");
			System.exit(2);
		}
		Path install = Path.of(installProperty).toAbsolutePath();
		int code;
		try {
			code = new Launcher(install, stateDir(install)).run(Arrays.asList(args), System.out, System.err);
		} catch (Exception e) {
			System.err.println("endpoint-atlas: cannot start the runtime: " + e);
			code = 2;
		}
		System.out.flush();
		System.exit(code);
	}

	private static Path stateDir(Path install) {
		Path configuration = install.resolve("configuration");
		if (Files.isWritable(configuration)) {
			return configuration.resolve("cli");
		}
		return Path.of(System.getProperty("user.home"), ".cache", "endpoint-atlas", Integer.toHexString(install.hashCode()));
	}
}
