package org.endpointatlas.ui.tests;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLServerSocket;

import org.xbill.DNS.ARecord;
import org.xbill.DNS.DClass;
import org.xbill.DNS.Flags;
import org.xbill.DNS.Message;
import org.xbill.DNS.Rcode;
import org.xbill.DNS.Record;
import org.xbill.DNS.Section;
import org.xbill.DNS.Type;

/**
 * A hermetic lab on loopback only, for the Probe view's tests: a DNS server that maps every name to 127.0.0.1 except
 * those starting with {@code nx} (NXDOMAIN), an HTTP server, a TLS server with a self-signed certificate that no one
 * trusts (made by the JDK's keytool), a tarpit that accepts connections and never answers (a probe of it hangs until
 * its timeout), and a closed port. Nothing ever leaves 127.0.0.1.
 */
final class LoopbackLab implements Closeable {

	private static final InetAddress LOOPBACK = InetAddress.getLoopbackAddress();

	private final ExecutorService threads = Executors.newCachedThreadPool(r -> {
		Thread t = new Thread(r, "ui-probe-lab");
		t.setDaemon(true);
		return t;
	});
	private final List<Closeable> resources = new CopyOnWriteArrayList<>();
	private final DatagramSocket dns;
	private final ServerSocket http;
	private final ServerSocket tls;
	private final ServerSocket tarpit;
	private final AtomicInteger tarpitConnections = new AtomicInteger();
	private final AtomicInteger tarpitConnectionsClosedByClient = new AtomicInteger();
	private final int closedPort;
	private final int httpDelayMs;
	private volatile boolean closed;

	LoopbackLab(Path workDir, int httpDelayMs) throws Exception {
		this.httpDelayMs = httpDelayMs;
		dns = new DatagramSocket(new InetSocketAddress(LOOPBACK, 0));
		resources.add(dns);
		threads.execute(this::dnsLoop);
		http = new ServerSocket(0, 300, LOOPBACK);
		resources.add(http);
		threads.execute(() -> acceptLoop(http));
		tls = untrustedTlsContext(workDir).getServerSocketFactory().createServerSocket(0, 50, LOOPBACK);
		((SSLServerSocket) tls).setNeedClientAuth(false);
		resources.add(tls);
		threads.execute(() -> acceptLoop(tls));
		tarpit = new ServerSocket(0, 50, LOOPBACK);
		resources.add(tarpit);
		threads.execute(this::tarpitLoop);
		try (ServerSocket probe = new ServerSocket(0, 1, LOOPBACK)) {
			closedPort = probe.getLocalPort();
		}
	}

	String dnsServer() {
		return LOOPBACK.getHostAddress() + ":" + dns.getLocalPort();
	}

	int httpPort() {
		return http.getLocalPort();
	}

	int tlsPort() {
		return tls.getLocalPort();
	}

	int closedPort() {
		return closedPort;
	}

	/** A port that accepts connections, reads what comes, and never answers. */
	int tarpitPort() {
		return tarpit.getLocalPort();
	}

	/** How many connections the tarpit has accepted so far. */
	int tarpitConnections() {
		return tarpitConnections.get();
	}

	/** How many of them the client has closed (the lab never does before it closes). */
	int tarpitConnectionsClosedByClient() {
		return tarpitConnectionsClosedByClient.get();
	}

	/** A self-signed certificate for untrusted.lab.test, from keytool: the probe knows no such root. */
	private static SSLContext untrustedTlsContext(Path workDir) throws Exception {
		Path store = workDir.resolve("untrusted.p12");
		Files.deleteIfExists(store);
		String keytool = Path.of(System.getProperty("java.home"), "bin", "keytool").toString();
		Process process = new ProcessBuilder(keytool, "-genkeypair", "-alias", "lab", "-keyalg", "EC", "-groupname", "secp256r1",
				"-dname", "CN=untrusted.lab.test, O=Endpoint Atlas UI test lab", "-ext", "san=dns:untrusted.lab.test", "-validity", "2",
				"-storetype", "PKCS12", "-keystore", store.toString(), "-storepass", "changeit", "-keypass", "changeit")
				.redirectErrorStream(true).start();
		String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
		if (!process.waitFor(60, TimeUnit.SECONDS) || process.exitValue() != 0) {
			throw new IOException("keytool failed: " + output);
		}
		KeyStore keyStore = KeyStore.getInstance("PKCS12");
		try (InputStream in = Files.newInputStream(store)) {
			keyStore.load(in, "changeit".toCharArray());
		}
		KeyManagerFactory keys = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
		keys.init(keyStore, "changeit".toCharArray());
		SSLContext context = SSLContext.getInstance("TLS");
		context.init(keys.getKeyManagers(), null, null);
		return context;
	}

	private void acceptLoop(ServerSocket server) {
		while (!closed) {
			try {
				Socket socket = server.accept();
				threads.execute(() -> answer(socket));
			} catch (IOException e) {
				if (closed) {
					return;
				}
			}
		}
	}

	private void tarpitLoop() {
		while (!closed) {
			try {
				Socket socket = tarpit.accept();
				resources.add(socket);
				tarpitConnections.incrementAndGet();
				threads.execute(() -> {
					try (InputStream in = socket.getInputStream()) {
						while (in.read() >= 0) {
							// swallow the request, answer nothing
						}
						tarpitConnectionsClosedByClient.incrementAndGet();
					} catch (IOException e) {
						if (!closed) {
							tarpitConnectionsClosedByClient.incrementAndGet(); // reset by the client
						}
					}
				});
			} catch (IOException e) {
				if (closed) {
					return;
				}
			}
		}
	}

	/** Reads a request head, waits the delay, answers 204 and closes. */
	private void answer(Socket socket) {
		try (socket) {
			socket.setSoTimeout(10_000);
			InputStream in = socket.getInputStream();
			int matched = 0;
			byte[] end = { '\r', '\n', '\r', '\n' };
			int b;
			while (matched < 4 && (b = in.read()) >= 0) {
				matched = b == end[matched] ? matched + 1 : (b == '\r' ? 1 : 0);
			}
			if (httpDelayMs > 0) {
				Thread.sleep(httpDelayMs);
			}
			OutputStream out = socket.getOutputStream();
			out.write("HTTP/1.1 204 No Content\r\nContent-Length: 0\r\nConnection: close\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
			out.flush();
		} catch (IOException | InterruptedException e) {
			// the client went away, or a failed TLS handshake: expected for the untrusted server
		}
	}

	private void dnsLoop() {
		byte[] buffer = new byte[4096];
		while (!dns.isClosed()) {
			try {
				DatagramPacket packet = new DatagramPacket(buffer, buffer.length);
				dns.receive(packet);
				Message query = new Message(java.util.Arrays.copyOf(packet.getData(), packet.getLength()));
				Message reply = new Message(query.getHeader().getID());
				reply.getHeader().setFlag(Flags.QR);
				reply.getHeader().setFlag(Flags.AA);
				reply.getHeader().setFlag(Flags.RA);
				if (query.getHeader().getFlag(Flags.RD)) {
					reply.getHeader().setFlag(Flags.RD);
				}
				Record question = query.getQuestion();
				if (question != null) {
					reply.addRecord(question, Section.QUESTION);
					String name = question.getName().toString(true);
					if (name.startsWith("nx")) {
						reply.getHeader().setRcode(Rcode.NXDOMAIN);
					} else if (question.getType() == Type.A) {
						reply.addRecord(new ARecord(question.getName(), DClass.IN, 60, InetAddress.getByAddress(new byte[] { 127, 0, 0, 1 })),
								Section.ANSWER);
					}
				}
				byte[] wire = reply.toWire();
				dns.send(new DatagramPacket(wire, wire.length, packet.getSocketAddress()));
			} catch (IOException e) {
				// closed, or a malformed query
			}
		}
	}

	@Override
	public void close() {
		closed = true;
		for (Closeable resource : resources) {
			try {
				resource.close();
			} catch (IOException e) {
				// closing anyway
			}
		}
		threads.shutdownNow();
	}
}
