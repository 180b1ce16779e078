package org.endpointatlas.cli.internal;

import java.util.Arrays;
import java.util.concurrent.TimeUnit;

import org.eclipse.equinox.app.IApplication;
import org.eclipse.equinox.app.IApplicationContext;
import org.endpointatlas.cli.CommandLine;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.util.tracker.ServiceTracker;

/**
 * The same commands as an Equinox application, for an Eclipse installation that has our features:
 * {@code eclipse -nosplash -application org.endpointatlas.cli.app areas}. The fast path is {@code ./endpoint-atlas},
 * which embeds the framework (see {@code launcher.Main}).
 */
public class CliApplication implements IApplication {

	private static final long SERVICE_TIMEOUT_SECONDS = 10;

	@Override
	public Object start(IApplicationContext context) throws Exception {
		String[] args = (String[]) context.getArguments().get(IApplicationContext.APPLICATION_ARGS);
		BundleContext bundleContext = FrameworkUtil.getBundle(getClass()).getBundleContext();
		ServiceTracker<CommandLine, CommandLine> tracker = new ServiceTracker<>(bundleContext, CommandLine.class, null);
		tracker.open();
		try {
			CommandLine commandLine = tracker.waitForService(TimeUnit.SECONDS.toMillis(SERVICE_TIMEOUT_SECONDS));
			if (commandLine == null) {
				System.err.println("endpoint-atlas: the command-line service did not start");
				return Integer.valueOf(2);
			}
			return Integer.valueOf(commandLine.run(Arrays.asList(args == null ? new String[0] : args), System.out, System.err));
		} finally {
			tracker.close();
		}
	}

	@Override
	public void stop() {
		// commands are short; nothing to interrupt
	}
}
