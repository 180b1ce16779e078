package org.endpointatlas.export.integration.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The squid export in a real squid 5 (Debian's), on loopback only, with its own configuration, logs and hosts file in a
 * temporary folder; the system's squid service is not touched. {@code squid -k parse} must accept the include without a
 * warning, and the running squid must allow the catalog and deny the rest: through the proxy a catalog host is not
 * denied (nothing listens behind it, so squid answers 503; that is fine) and any other host gets 403 and TCP_DENIED.
 * No name is ever resolved: every host of the table maps to 127.0.0.1 in squid's hosts file, and squid's only DNS
 * server is 127.0.0.1.
 */
class SquidConsumerTest {

	@TempDir
	static Path dir;
	static Cli cli;
	static String edge;

	@BeforeAll
	static void start() throws Exception {
		cli = Cli.start(dir);
		edge = EdgeCatalog.write(dir).toString();
	}

	/** Request line to whether the catalog allows it; "GET" lines are plain HTTP, "CONNECT" lines are TLS tunnels. */
	static Map<String, Boolean> requests() {
		Map<String, Boolean> table = new LinkedHashMap<>();
		// wildcard *.manage.microsoft.com (Intune, ConfigMgr): below it, at any depth
		table.put("CONNECT x.manage.microsoft.com:443", true);
		table.put("CONNECT a.b.manage.microsoft.com:443", true);
		// look-alikes
		table.put("CONNECT manage.microsoft.com.evil.net:443", false);
		table.put("CONNECT update.microsoft.com.evil.net:443", false);
		table.put("CONNECT evilmicrosoft.com:443", false);
		table.put("CONNECT xmanage.microsoft.com:443", false);
		// exact hosts, with their schemes and ports: download.microsoft.com is http and https in the catalog
		table.put("CONNECT download.microsoft.com:443", true);
		table.put("GET http://download.microsoft.com/", true);
		table.put("CONNECT download.microsoft.com:22", false);
		table.put("CONNECT download.microsoft.com.evil.net:443", false);
		// aka.ms is https only: no plain HTTP
		table.put("CONNECT aka.ms:443", true);
		table.put("GET http://aka.ms/", false);
		// apex: squid's ".wild..." also matches the bare domain (documented approximation); the listed apex is allowed
		table.put("CONNECT q.wild.contoso-test.net:443", true);
		table.put("CONNECT wild.contoso-test.net:443", true);
		table.put("CONNECT a.wild.contoso-test.net:443", true);
		table.put("CONNECT z.deep.wild.contoso-test.net:443", true);
		table.put("CONNECT apex.contoso-test.net:443", true);
		table.put("CONNECT x.apex.contoso-test.net:443", true);
		table.put("CONNECT wild.contoso-test.net.evil.net:443", false);
		// mid-label *-edgeatlas.svc.contoso-test.net: one label ending in -edgeatlas
		table.put("CONNECT x-edgeatlas.svc.contoso-test.net:443", true);
		table.put("CONNECT a1-b2-edgeatlas.svc.contoso-test.net:443", true);
		table.put("CONNECT a.x-edgeatlas.svc.contoso-test.net:443", false);
		table.put("CONNECT edgeatlas.svc.contoso-test.net:443", false);
		table.put("CONNECT x-edgeatlasx.svc.contoso-test.net:443", false);
		table.put("CONNECT x.svc.contoso-test.net:443", false);
		// the real mid-label entry
		table.put("CONNECT a1-umwatsonc.events.data.microsoft.com:443", true);
		// schemes and ports: http only on 80, https only on 8443
		table.put("GET http://plain.contoso-test.net/", true);
		table.put("CONNECT plain.contoso-test.net:443", false);
		table.put("CONNECT alt.contoso-test.net:8443", true);
		table.put("CONNECT alt.contoso-test.net:443", false);
		table.put("GET http://alt.contoso-test.net:8443/", false);
		// a non-web TCP port of an "any" entry goes through CONNECT
		table.put("CONNECT push.contoso-test.net:5223", true);
		// path entries become the host
		table.put("CONNECT files.contoso-test.net:443", true);
		// UDP-only: not in the proxy at all
		table.put("CONNECT ntp.contoso-test.net:443", false);
		table.put("GET http://not-in-the-catalog.contoso-test.net/", false);
		return table;
	}

	@Test
	void squidParsesEveryVariantWithoutAWarning() throws Exception {
		Tools.assumeExecutable(Tools.SQUID, "squid");
		List<String[]> variants = List.of(new String[] { "--catalog", edge }, new String[] { "--constraint", "no-tls-inspection", "--squid-acl",
				"no_bump" }, new String[] { "--area", EdgeCatalog.AREA, "--catalog", edge, "--constraint", "long-lived-connection" },
				new String[] { "--area", "updates-and-servicing" });
		int i = 0;
		for (String[] variant : variants) {
			Path include = dir.resolve("variant" + i + ".conf");
			List<String> args = new ArrayList<>(List.of("export", "--format", "squid", "-o", include.toString()));
			args.addAll(List.of(variant));
			cli.run(args.toArray(new String[0])).ok();
			Path conf = dir.resolve("parse" + i + ".conf");
			Files.writeString(conf, "http_port 127.0.0.1:3128\npid_filename " + dir.resolve("parse.pid") + "\ncache_log " + dir.resolve("parse.log")
					+ "\ninclude " + include + "\nhttp_access deny all\n");
			Tools.Run parse = Tools.run(List.of(Tools.SQUID.toString(), "-k", "parse", "-f", conf.toString()), null, 60);
			assertEquals(0, parse.code, String.join(" ", variant) + ":\n" + parse.out + parse.err);
			String log = parse.out + parse.err;
			assertFalse(log.contains("WARNING") || log.contains("ERROR") || log.contains("FATAL"), String.join(" ", variant) + ":\n" + log);
			assertTrue(log.contains("Processing: acl "), log);
			i++;
		}
	}

	@Test
	void runningSquidAllowsTheCatalogAndDeniesTheRest() throws Exception {
		Tools.assumeExecutable(Tools.SQUID, "squid");
		Path work = Files.createDirectories(dir.resolve("squid"));
		// squid started by root drops to the proxy user: it must be able to write its logs here
		Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("rwxrwxrwx"));
		Files.setPosixFilePermissions(work, PosixFilePermissions.fromString("rwxrwxrwx"));
		Path include = work.resolve("endpoint-atlas.conf");
		cli.run("export", "--format", "squid", "--catalog", edge, "-o", include.toString()).ok();
		Map<String, Boolean> table = requests();
		StringBuilder hosts = new StringBuilder();
		for (String request : table.keySet()) {
			hosts.append("127.0.0.1 ").append(host(request)).append('\n');
		}
		Files.writeString(work.resolve("hosts"), hosts.toString());
		int port = freePort();
		Path accessLog = work.resolve("access.log");
		Path conf = work.resolve("squid.conf");
		Files.writeString(conf, String.join("\n", "http_port 127.0.0.1:" + port, "pid_filename " + work.resolve("squid.pid"),
				"access_log stdio:" + accessLog, "cache_log " + work.resolve("cache.log"), "cache_store_log none", "cache deny all",
				"coredump_dir " + work, "visible_hostname endpoint-atlas-test", "hosts_file " + work.resolve("hosts"), "dns_nameservers 127.0.0.1",
				"dns_timeout 5 seconds", "connect_timeout 5 seconds", "shutdown_lifetime 0 seconds", "pinger_enable off",
				"include " + include, "http_access deny all", ""));
		Process squid = new ProcessBuilder(Tools.SQUID.toString(), "-N", "-f", conf.toString()).redirectErrorStream(true)
				.redirectOutput(work.resolve("squid.out").toFile()).start();
		Map<String, String> answers = new LinkedHashMap<>();
		try {
			waitForPort(port, squid, work);
			for (String request : table.keySet()) {
				answers.put(request, statusLine(port, request));
			}
		} finally {
			squid.destroy();
			if (!squid.waitFor(20, TimeUnit.SECONDS)) {
				squid.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
			}
		}
		String log = Files.readString(accessLog);
		List<String> failures = new ArrayList<>();
		for (Map.Entry<String, Boolean> row : table.entrySet()) {
			String answer = answers.get(row.getKey());
			boolean denied = answer.contains(" 403 ");
			String target = target(row.getKey());
			boolean loggedDenied = log.lines().anyMatch(l -> l.contains("TCP_DENIED/403") && l.contains(" " + target + " "));
			if (row.getValue() == denied || row.getValue() == loggedDenied) {
				failures.add(row.getKey() + " -> " + answer + (loggedDenied ? " (TCP_DENIED)" : "") + "; expected "
						+ (row.getValue() ? "allowed" : "denied"));
			}
		}
		assertTrue(failures.isEmpty(), String.join("\n", failures) + "\naccess.log:\n" + log);
	}

	private static String host(String request) {
		String target = target(request);
		String hostPort = target.startsWith("http://") ? target.substring(7).split("/")[0] : target;
		return hostPort.split(":")[0];
	}

	private static String target(String request) {
		return request.split(" ")[1];
	}

	private static int freePort() throws IOException {
		try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
			return socket.getLocalPort();
		}
	}

	private static void waitForPort(int port, Process squid, Path work) throws Exception {
		long end = System.currentTimeMillis() + 30_000;
		while (System.currentTimeMillis() < end) {
			if (!squid.isAlive()) {
				fail("squid exited with " + squid.exitValue() + ":\n" + Files.readString(work.resolve("squid.out")) + readIfExists(work.resolve("cache.log")));
			}
			try (Socket socket = new Socket()) {
				socket.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 500);
				return;
			} catch (IOException notYet) {
				Thread.sleep(100);
			}
		}
		fail("squid did not listen on 127.0.0.1:" + port + " within 30 s:\n" + readIfExists(work.resolve("cache.log")));
	}

	private static String readIfExists(Path file) throws IOException {
		return Files.exists(file) ? Files.readString(file) : "";
	}

	/** Sends one request through the proxy and returns its status line. */
	private static String statusLine(int port, String request) throws IOException {
		try (Socket socket = new Socket()) {
			socket.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 5_000);
			socket.setSoTimeout(30_000);
			String hostHeader = request.startsWith("CONNECT") ? target(request) : host(request);
			OutputStream out = socket.getOutputStream();
			out.write((request + " HTTP/1.1\r\nHost: " + hostHeader + "\r\nConnection: close\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
			out.flush();
			InputStream in = socket.getInputStream();
			StringBuilder line = new StringBuilder();
			for (int c = in.read(); c >= 0 && c != '\n'; c = in.read()) {
				line.append((char) c);
			}
			return line.toString().trim();
		}
	}
}
