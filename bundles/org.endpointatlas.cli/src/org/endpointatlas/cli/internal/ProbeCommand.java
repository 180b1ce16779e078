package org.endpointatlas.cli.internal;

import java.io.IOException;
import java.io.PrintStream;
import java.io.StringWriter;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

import org.endpointatlas.core.EffectiveCatalog;
import org.endpointatlas.core.io.CatalogLoadException;
import org.endpointatlas.probe.Pem;
import org.endpointatlas.probe.ProbeOptions;
import org.endpointatlas.probe.ProbeReport;
import org.endpointatlas.probe.ProbeReportWriter;
import org.endpointatlas.probe.ProbeResult;
import org.endpointatlas.probe.Prober;
import org.endpointatlas.probe.ProxySpec;

/**
 * {@code endpoint-atlas probe [selection] [--dns HOST:PORT] [--proxy URL] [--ca-file PEM] [--inspection-ca PEM]
 * [--timeout MS] [--deadline MS] [--concurrency N] [--format table|json|junit] [-o FILE]}: parses the options, runs
 * the {@link Prober} over the selection and prints the report. Exit 0 when every required endpoint is OK (or not
 * testable), 1 otherwise, 2 for usage errors. Progress goes to stderr, and only when stderr is a terminal.
 */
final class ProbeCommand {

	/** The options {@code probe} takes besides the selection. */
	static final Set<String> OPTIONS = Set.of("--dns", "--proxy", "--ca-file", "--inspection-ca", "--timeout", "--deadline", "--concurrency",
			"--format", "--output");
	/** Where the CLI takes the proxy password from; it is never printed. */
	static final String PASSWORD_VARIABLE = "ENDPOINT_ATLAS_PROXY_PASSWORD";

	/** Composes the selection; the command line's own {@code compose}. */
	@FunctionalInterface
	interface CatalogSource {
		EffectiveCatalog get() throws UsageException, CatalogLoadException;
	}

	private final Prober prober;
	private final PrintStream out;
	private final PrintStream err;
	private final Function<String, String> environment;
	private final boolean progress;

	ProbeCommand(Prober prober, PrintStream out, PrintStream err) {
		this(prober, out, err, System::getenv, err == System.err && stderrIsTerminal());
	}

	ProbeCommand(Prober prober, PrintStream out, PrintStream err, Function<String, String> environment, boolean progress) {
		this.prober = prober;
		this.out = out;
		this.err = err;
		this.environment = environment;
		this.progress = progress;
	}

	int run(Arguments arguments, CatalogSource catalogs) throws UsageException, CatalogLoadException, IOException {
		String format = arguments.single("--format").orElse("table");
		if (!ProbeReportWriter.FORMATS.contains(format)) {
			throw new UsageException("unknown --format \"" + format + "\" for probe (" + String.join(", ", ProbeReportWriter.FORMATS) + ")");
		}
		ProbeOptions.Builder options = ProbeOptions.builder();
		Optional<String> dns = arguments.single("--dns");
		if (dns.isPresent()) {
			options.dnsServer(resolver(dns.get()));
		}
		Optional<String> proxyUrl = arguments.single("--proxy");
		ProxySpec proxy = null;
		if (proxyUrl.isPresent()) {
			proxy = proxy(proxyUrl.get());
			options.proxy(proxy);
		}
		options.caRoots(certificates(arguments, "--ca-file"));
		options.inspectionRoots(certificates(arguments, "--inspection-ca"));
		options.timeoutMs((int) number(arguments, "--timeout", ProbeOptions.DEFAULT_TIMEOUT_MS, 1, 600_000));
		options.deadlineMs(number(arguments, "--deadline", 0, 0, 86_400_000));
		options.concurrency((int) number(arguments, "--concurrency", ProbeOptions.DEFAULT_CONCURRENCY, 1, 1024));
		EffectiveCatalog catalog = catalogs.get();
		if (progress) {
			options.listener(this::progress);
		}
		ProbeReport report;
		try {
			report = prober.probe(catalog, options.build());
		} finally {
			if (proxy != null) {
				proxy.clearPassword();
			}
		}
		if (progress) {
			err.print("\r\033[K");
			err.flush();
		}
		StringWriter text = new StringWriter();
		ProbeReportWriter.write(format, report, text);
		byte[] bytes = text.toString().getBytes(StandardCharsets.UTF_8);
		String output = arguments.single("--output").orElse("-");
		if (output.equals("-")) {
			out.write(bytes);
			out.flush();
		} else {
			OutputFiles.write(output, stream -> stream.write(bytes));
		}
		return report.exitCode();
	}

	private void progress(ProbeResult result, int done, int total) {
		synchronized (err) {
			String line = String.format(Locale.ROOT, "\r\033[Kprobe %d/%d  %s %s", done, total, result.getOutcome(), result.target());
			err.print(line.length() > 120 ? line.substring(0, 120) : line);
			err.flush();
		}
	}

	/** {@code HOST:PORT}, {@code [IPv6]:PORT}, or a host alone for port 53. */
	static InetSocketAddress resolver(String text) throws UsageException {
		String host = text.trim();
		int port = 53;
		if (host.startsWith("[")) {
			int close = host.indexOf(']');
			if (close < 0) {
				throw new UsageException("--dns needs HOST:PORT, got \"" + text + "\"");
			}
			String rest = host.substring(close + 1);
			host = host.substring(1, close);
			if (!rest.isEmpty()) {
				port = port(rest.startsWith(":") ? rest.substring(1) : "x", text);
			}
		} else if (host.indexOf(':') >= 0 && host.indexOf(':') == host.lastIndexOf(':')) {
			port = port(host.substring(host.indexOf(':') + 1), text);
			host = host.substring(0, host.indexOf(':'));
		}
		if (host.isEmpty()) {
			throw new UsageException("--dns needs HOST:PORT, got \"" + text + "\"");
		}
		try {
			return new InetSocketAddress(InetAddress.getByName(host), port);
		} catch (UnknownHostException e) {
			throw new UsageException("--dns: cannot resolve \"" + host + "\"; give an IP address");
		}
	}

	private static int port(String text, String whole) throws UsageException {
		try {
			int port = Integer.parseInt(text);
			if (port > 0 && port < 65536) {
				return port;
			}
		} catch (NumberFormatException e) {
			// below
		}
		throw new UsageException("--dns needs HOST:PORT with a port from 1 to 65535, got \"" + whole + "\"");
	}

	private ProxySpec proxy(String url) throws UsageException {
		ProxySpec parsed;
		try {
			parsed = ProxySpec.parse(url, null);
		} catch (IllegalArgumentException e) {
			throw new UsageException(e.getMessage());
		}
		if (parsed.getUser().isEmpty()) {
			return parsed;
		}
		String password = environment.apply(PASSWORD_VARIABLE);
		if (password == null) {
			throw new UsageException("--proxy names the user " + parsed.getUser().get() + "; set " + PASSWORD_VARIABLE + " to the password");
		}
		return new ProxySpec(parsed.getHost(), parsed.getPort(), parsed.getUser().get(), password.toCharArray());
	}

	private static List<X509Certificate> certificates(Arguments arguments, String option) throws UsageException {
		List<X509Certificate> all = new ArrayList<>();
		for (String file : arguments.all(option)) {
			Path path = Path.of(file);
			if (!Files.isRegularFile(path)) {
				throw new UsageException(option + ": no such file " + file);
			}
			try {
				all.addAll(Pem.readCertificates(path));
			} catch (IOException e) {
				throw new UsageException(option + ": " + e.getMessage());
			}
		}
		return all;
	}

	private static long number(Arguments arguments, String option, long fallback, long min, long max) throws UsageException {
		Optional<String> text = arguments.single(option);
		if (text.isEmpty()) {
			return fallback;
		}
		try {
			long value = Long.parseLong(text.get().trim());
			if (value >= min && value <= max) {
				return value;
			}
		} catch (NumberFormatException e) {
			// below
		}
		throw new UsageException(option + " needs a whole number from " + min + " to " + max + ", got \"" + text.get() + "\"");
	}

	/** Linux: whether file descriptor 2 is a terminal. Elsewhere: no progress. */
	private static boolean stderrIsTerminal() {
		try {
			String target = Files.readSymbolicLink(Path.of("/proc/self/fd/2")).toString();
			return target.startsWith("/dev/pts/") || target.startsWith("/dev/tty");
		} catch (IOException | UnsupportedOperationException | SecurityException e) {
			return false;
		}
	}
}
