package org.endpointatlas.probe.lab.tests;

import java.io.IOException;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The hermetic network lab, started once per test JVM and torn down when it exits. Everything listens on loopback,
 * plus the network namespace of {@link Netns}; nothing else is ever addressed.
 * <ul>
 * <li>dnsmasq (no upstream): {@code *.probe.test} maps to 127.0.0.1; {@code nx.} is NXDOMAIN, {@code sink.} and
 * {@code sink6.} answer 0.0.0.0 and ::, {@code servfail.} and {@code timeout.} go to {@link FakeDns}s, names outside
 * {@code probe.test} are REFUSED, {@code blackhole.} and {@code unreachable.} map into the namespace;</li>
 * <li>TLS servers: good, TLS-1.3-only, TLS-1.0-only (openssl s_server), wrong name, inspection-CA chain, stall after
 * accept, reset after the client hello; a plain HTTP server; a closed port;</li>
 * <li>squid with an open port (denying {@code denied.probe.test}) and a port that asks for Basic authentication; a
 * fake proxy that asks for NTLM and Negotiate.</li>
 * </ul>
 */
final class Lab implements AutoCloseable {

	static final String DOMAIN = "probe.test";
	static final String PROXY_USER = "alice";

	private static Lab instance;

	final Path dir;
	final Certs.Identity labRoot;
	final Certs.Identity inspectionRoot;
	final Path caFile;
	final Path inspectionFile;
	final LabServer good;
	final LabServer plain;
	final LabServer tls13Only;
	final LabServer wrongName;
	final LabServer wrongNameUnknownRoot;
	final LabServer intercepted;
	final LabServer stall;
	final LabServer reset;
	final int tls10Port;
	final int closedPort;
	final FakeDns servfail;
	final FakeDns silent;
	final FakeProxy ntlmProxy;
	final Netns netns;
	final String dnsAddress;
	final int dnsPort;
	final int squidOpenPort;
	final int squidAuthPort;
	final char[] proxyPassword;
	final List<String> problems = new ArrayList<>();
	private final List<Process> processes = new ArrayList<>();
	private final List<AutoCloseable> closeables = new ArrayList<>();
	private ServerSocket backlogBlackhole;
	private final List<Socket> backlogFillers = new ArrayList<>();

	static synchronized Lab get() throws Exception {
		if (instance == null) {
			instance = new Lab();
			Lab started = instance;
			Runtime.getRuntime().addShutdownHook(new Thread(started::close, "probe-lab-teardown"));
		}
		return instance;
	}

	private Lab() throws Exception {
		dir = Files.createTempDirectory("probe-lab-");
		Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("rwxrwxrwx"));
		labRoot = Certs.authority("Probe Lab Root CA");
		inspectionRoot = Certs.authority("Probe Lab Inspection CA");
		Certs.Identity unknownRoot = Certs.authority("Probe Lab Unknown CA");
		caFile = Certs.writePem(dir.resolve("lab-root.pem"), labRoot.certificate());
		inspectionFile = Certs.writePem(dir.resolve("inspection-ca.pem"), inspectionRoot.certificate());
		List<String> labNames = List.of("*." + DOMAIN, DOMAIN);
		Certs.Identity goodIdentity = Certs.server("good." + DOMAIN, labNames, labRoot);
		good = add(LabServer.tls(goodIdentity.serverContext(), 0, "TLSv1.3", "TLSv1.2"));
		plain = add(LabServer.http(0));
		tls13Only = add(LabServer.tls(goodIdentity.serverContext(), 0, "TLSv1.3"));
		wrongName = add(LabServer.tls(Certs.server("other.invalid", List.of("other.invalid"), labRoot).serverContext(), 0));
		wrongNameUnknownRoot = add(LabServer.tls(Certs.server("other.invalid", List.of("other.invalid"), unknownRoot).serverContext(), 0));
		intercepted = add(LabServer.tls(Certs.server("good." + DOMAIN, labNames, inspectionRoot).serverContext(), 0));
		stall = add(LabServer.misbehaving(LabServer.Mode.STALL));
		reset = add(LabServer.misbehaving(LabServer.Mode.RESET));
		tls10Port = startTls10(goodIdentity);
		closedPort = freeTcpPort();
		servfail = add(FakeDns.answering(FakeDns.servfail()));
		silent = add(FakeDns.silent());
		ntlmProxy = add(new FakeProxy());
		netns = Netns.create(problems);
		boolean root = "root".equals(System.getProperty("user.name"));
		SecureRandom random = new SecureRandom();
		// squid only talks to port 53, so as root dnsmasq listens on port 53 of a loopback address of its own
		dnsAddress = root ? "127.53." + (random.nextInt(250) + 1) + "." + (random.nextInt(250) + 1) : "127.0.0.1";
		dnsPort = root ? 53 : freeUdpPort();
		startDnsmasq();
		proxyPassword = ("pw-" + Long.toHexString(random.nextLong())).toCharArray();
		int[] squidPorts = root ? startSquid() : new int[] { -1, -1 };
		squidOpenPort = squidPorts[0];
		squidAuthPort = squidPorts[1];
	}

	private <T extends AutoCloseable> T add(T closeable) {
		closeables.add(closeable);
		return closeable;
	}

	InetSocketAddress dns() {
		return new InetSocketAddress(dnsAddress, dnsPort);
	}

	String host(String label) {
		return label + "." + DOMAIN;
	}

	/** The blackholed address: inside the namespace, or a loopback listener whose accept queue is full. */
	synchronized String blackholeAddress() throws IOException {
		return netns != null ? netns.blackhole : "127.0.0.1";
	}

	/** The port to use with {@link #blackholeAddress()}: any port in the namespace; the full listener otherwise. */
	synchronized int blackholePort() throws IOException {
		if (netns != null) {
			return 443;
		}
		if (backlogBlackhole == null) {
			// Linux drops SYNs to a listener whose accept queue is full, so connects to it time out
			backlogBlackhole = new ServerSocket(0, 1, InetAddress.getLoopbackAddress());
			for (int i = 0; i < 4; i++) {
				Socket filler = new Socket();
				try {
					filler.connect(backlogBlackhole.getLocalSocketAddress(), 300);
					backlogFillers.add(filler);
				} catch (IOException e) {
					filler.close();
					break;
				}
			}
		}
		return backlogBlackhole.getLocalPort();
	}

	private void startDnsmasq() throws IOException, InterruptedException {
		List<String> command = new ArrayList<>(List.of("dnsmasq", "--keep-in-foreground", "--no-resolv", "--no-hosts", "--no-poll",
				"--bind-interfaces", "--listen-address=" + dnsAddress, "--port=" + dnsPort, "--cache-size=0", "--pid-file=",
				"--log-facility=" + dir.resolve("dnsmasq.log"), "--log-queries",
				"--address=/" + DOMAIN + "/127.0.0.1",
				"--address=/nx." + DOMAIN + "/",
				"--address=/sink." + DOMAIN + "/0.0.0.0",
				"--address=/sink." + DOMAIN + "/::",
				"--address=/sink6." + DOMAIN + "/::",
				"--server=/servfail." + DOMAIN + "/127.0.0.1#" + servfail.port(),
				"--server=/timeout." + DOMAIN + "/127.0.0.1#" + silent.port()));
		if (netns != null) {
			command.add("--address=/blackhole." + DOMAIN + "/" + netns.blackhole);
			command.add("--address=/unreachable." + DOMAIN + "/" + netns.unreachable);
		}
		if (!"root".equals(System.getProperty("user.name"))) {
			command.add("--user=" + System.getProperty("user.name"));
		}
		Process process = start(command, "dnsmasq");
		waitForDns(process);
	}

	private void waitForDns(Process process) throws IOException, InterruptedException {
		long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
		while (System.nanoTime() < end) {
			if (!process.isAlive()) {
				throw new IOException("dnsmasq exited: " + read(dir.resolve("dnsmasq.out")));
			}
			try (DatagramSocket probe = new DatagramSocket()) {
				probe.setSoTimeout(200);
				byte[] query = org.xbill.DNS.Message.newQuery(org.xbill.DNS.Record.newRecord(org.xbill.DNS.Name.fromString("good." + DOMAIN + "."),
						org.xbill.DNS.Type.A, org.xbill.DNS.DClass.IN)).toWire();
				probe.send(new java.net.DatagramPacket(query, query.length, dns()));
				probe.receive(new java.net.DatagramPacket(new byte[512], 512));
				return;
			} catch (IOException e) {
				Thread.sleep(100);
			}
		}
		throw new IOException("dnsmasq did not answer on " + dnsAddress + ":" + dnsPort);
	}

	private int[] startSquid() throws IOException, InterruptedException {
		int open = freeTcpPort();
		int auth = freeTcpPort();
		Path passwords = dir.resolve("htpasswd");
		String hash = Netns.run("openssl", "passwd", "-apr1", new String(proxyPassword)).trim();
		Files.writeString(passwords, PROXY_USER + ":" + hash + "\n");
		Path conf = dir.resolve("squid.conf");
		Files.writeString(conf, String.join("\n",
				"http_port 127.0.0.1:" + open + " name=open",
				"http_port 127.0.0.1:" + auth + " name=auth",
				"visible_hostname probe-lab",
				"dns_nameservers " + dnsAddress,
				"dns_timeout 3 seconds",
				"connect_timeout 3 seconds",
				"hosts_file none",
				"pid_filename " + dir.resolve("squid.pid"),
				"cache_log " + dir.resolve("squid-cache.log"),
				"access_log none",
				"cache deny all",
				"cache_mem 8 MB",
				"pinger_enable off",
				"shutdown_lifetime 0 seconds",
				"coredump_dir " + dir,
				"auth_param basic program /usr/lib/squid/basic_ncsa_auth " + passwords,
				"auth_param basic children 2 startup=1 idle=1",
				"auth_param basic realm probe-lab",
				"acl authport myportname auth",
				"acl authed proxy_auth REQUIRED",
				"acl denied dstdomain denied." + DOMAIN,
				"http_access deny denied",
				"http_access allow authport authed",
				"http_access deny authport",
				"http_access allow all",
				""));
		Files.setPosixFilePermissions(passwords, PosixFilePermissions.fromString("rw-r--r--"));
		Process process = start(List.of("squid", "-N", "-f", conf.toString()), "squid");
		long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
		while (System.nanoTime() < end) {
			if (!process.isAlive()) {
				problems.add("squid exited: " + read(dir.resolve("squid.out")) + read(dir.resolve("squid-cache.log")));
				return new int[] { -1, -1 };
			}
			try (Socket a = new Socket(); Socket b = new Socket()) {
				a.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), open), 200);
				b.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), auth), 200);
				return new int[] { open, auth };
			} catch (IOException e) {
				Thread.sleep(100);
			}
		}
		problems.add("squid did not listen within 20 s");
		return new int[] { -1, -1 };
	}

	/** A TLS-1.0-only server: openssl s_server at security level 0. -1 when openssl cannot (see {@link #problems}). */
	private int startTls10(Certs.Identity identity) throws Exception {
		Path cert = Certs.writePem(dir.resolve("tls10-cert.pem"), identity.chain);
		Path key = Certs.writeKey(dir.resolve("tls10-key.pem"), identity.key);
		int port = freeTcpPort();
		Process process;
		try {
			process = start(List.of("openssl", "s_server", "-accept", "127.0.0.1:" + port, "-cert", cert.toString(), "-key", key.toString(),
					"-tls1", "-cipher", "DEFAULT:@SECLEVEL=0", "-www", "-quiet", "-naccept", "1000"), "openssl-tls10");
		} catch (IOException e) {
			problems.add("no openssl: " + e.getMessage());
			return -1;
		}
		long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
		while (System.nanoTime() < end && process.isAlive()) {
			try (Socket socket = new Socket()) {
				socket.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 200);
				return port;
			} catch (IOException e) {
				Thread.sleep(100);
			}
		}
		problems.add("openssl s_server -tls1 did not start: " + read(dir.resolve("openssl-tls10.out")));
		return -1;
	}

	private Process start(List<String> command, String name) throws IOException {
		Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(dir.resolve(name + ".out").toFile()).start();
		processes.add(process);
		return process;
	}

	private static String read(Path file) {
		try {
			return Files.exists(file) ? Files.readString(file, StandardCharsets.UTF_8).trim() : "";
		} catch (IOException e) {
			return "";
		}
	}

	static int freeTcpPort() throws IOException {
		try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
			return socket.getLocalPort();
		}
	}

	static int freeUdpPort() throws IOException {
		try (DatagramSocket socket = new DatagramSocket(0, InetAddress.getLoopbackAddress())) {
			return socket.getLocalPort();
		}
	}

	@Override
	public synchronized void close() {
		for (Process process : processes) {
			process.descendants().forEach(ProcessHandle::destroy);
			process.destroy();
		}
		for (Process process : processes) {
			try {
				if (!process.waitFor(3, TimeUnit.SECONDS)) {
					process.descendants().forEach(ProcessHandle::destroyForcibly);
					process.destroyForcibly();
				}
			} catch (InterruptedException e) {
				Thread.currentThread().interrupt();
			}
		}
		processes.clear();
		for (AutoCloseable closeable : closeables) {
			try {
				closeable.close();
			} catch (Exception e) {
				// best effort
			}
		}
		closeables.clear();
		backlogFillers.forEach(s -> {
			try {
				s.close();
			} catch (IOException e) {
				// ignore
			}
		});
		if (backlogBlackhole != null) {
			try {
				backlogBlackhole.close();
			} catch (IOException e) {
				// ignore
			}
		}
		if (netns != null) {
			netns.close();
		}
		try (java.util.stream.Stream<Path> files = Files.walk(dir)) {
			files.sorted(java.util.Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
		} catch (IOException e) {
			// best effort
		}
	}
}
