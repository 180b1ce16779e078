package org.endpointatlas.probe.lab.tests;

import java.io.ByteArrayOutputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLServerSocket;

/**
 * A server of the lab on 127.0.0.1: plain HTTP, TLS (with a given identity and protocols), or a misbehaving TCP
 * server that stalls after accept or resets right after the client hello. HTTP paths: {@code /status/NNN},
 * {@code /redirect?to=URL}, {@code /hops/N} (N redirects in a row), anything else answers 200.
 */
final class LabServer implements Closeable {

	enum Mode {
		HTTP, TLS, STALL, RESET
	}

	private final Mode mode;
	private final ServerSocket server;
	private final ExecutorService threads = Executors.newCachedThreadPool(r -> {
		Thread t = new Thread(r, "probe-lab-server");
		t.setDaemon(true);
		return t;
	});
	private final Set<Socket> open = ConcurrentHashMap.newKeySet();
	private final int delayMs;
	private final AtomicInteger concurrent = new AtomicInteger();
	private final AtomicInteger maxConcurrent = new AtomicInteger();
	private final AtomicInteger accepted = new AtomicInteger();
	private volatile boolean closed;

	private LabServer(Mode mode, ServerSocket server, int delayMs) {
		this.mode = mode;
		this.server = server;
		this.delayMs = delayMs;
		threads.execute(this::acceptLoop);
	}

	static LabServer http(int delayMs) throws IOException {
		return new LabServer(Mode.HTTP, new ServerSocket(0, 200, InetAddress.getLoopbackAddress()), delayMs);
	}

	static LabServer tls(SSLContext context, int delayMs, String... protocols) throws IOException {
		SSLServerSocket socket = (SSLServerSocket) context.getServerSocketFactory().createServerSocket(0, 200, InetAddress.getLoopbackAddress());
		if (protocols.length > 0) {
			socket.setEnabledProtocols(protocols);
		}
		return new LabServer(Mode.TLS, socket, delayMs);
	}

	static LabServer misbehaving(Mode mode) throws IOException {
		return new LabServer(mode, new ServerSocket(0, 50, InetAddress.getLoopbackAddress()), 0);
	}

	int port() {
		return server.getLocalPort();
	}

	/** The most connections this server had open at once. */
	int maxConcurrent() {
		return maxConcurrent.get();
	}

	int accepted() {
		return accepted.get();
	}

	void resetCounters() {
		maxConcurrent.set(0);
		accepted.set(0);
	}

	private void acceptLoop() {
		while (!closed) {
			try {
				Socket socket = server.accept();
				accepted.incrementAndGet();
				open.add(socket);
				threads.execute(() -> handle(socket));
			} catch (IOException e) {
				if (closed) {
					return;
				}
			}
		}
	}

	private void handle(Socket socket) {
		int now = concurrent.incrementAndGet();
		maxConcurrent.accumulateAndGet(now, Math::max);
		try {
			switch (mode) {
			case STALL:
				// read the client hello and whatever follows, never answer; ends when the client gives up
				byte[] sink = new byte[4096];
				while (socket.getInputStream().read(sink) >= 0) {
					// discard
				}
				break;
			case RESET:
				// wait for the client hello, then abort the connection: RST, as an SNI filter does
				if (socket.getInputStream().read(new byte[4096]) > 0) {
					socket.setSoLinger(true, 0);
				}
				break;
			default:
				serve(socket);
			}
		} catch (IOException e) {
			// clients hang up in all sorts of ways; that is what the probe tests
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
		} finally {
			concurrent.decrementAndGet();
			open.remove(socket);
			try {
				socket.close();
			} catch (IOException e) {
				// ignore
			}
		}
	}

	private void serve(Socket socket) throws IOException, InterruptedException {
		socket.setSoTimeout(10_000);
		InputStream in = socket.getInputStream();
		String head = readHead(in);
		String requestLine = head.split("\r\n", 2)[0];
		String[] parts = requestLine.split(" ");
		String target = parts.length > 1 ? parts[1] : "/";
		if (target.startsWith("http://")) {
			int slash = target.indexOf('/', "http://".length());
			target = slash < 0 ? "/" : target.substring(slash);
		}
		if (delayMs > 0) {
			Thread.sleep(delayMs);
		}
		int status = 200;
		String location = null;
		if (target.startsWith("/status/")) {
			status = Integer.parseInt(target.substring("/status/".length()));
		} else if (target.startsWith("/redirect?to=")) {
			status = 302;
			location = URLDecoder.decode(target.substring("/redirect?to=".length()), StandardCharsets.UTF_8);
		} else if (target.startsWith("/hops/")) {
			int left = Integer.parseInt(target.substring("/hops/".length()));
			if (left > 0) {
				status = 302;
				location = "/hops/" + (left - 1);
			}
		}
		StringBuilder response = new StringBuilder("HTTP/1.1 " + status + " Lab\r\n");
		if (location != null) {
			response.append("Location: ").append(location).append("\r\n");
		}
		response.append("Content-Length: 3\r\nConnection: close\r\n\r\nlab");
		OutputStream out = socket.getOutputStream();
		out.write(response.toString().getBytes(StandardCharsets.ISO_8859_1));
		out.flush();
	}

	static String readHead(InputStream in) throws IOException {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		int state = 0;
		while (state < 4) {
			int b = in.read();
			if (b < 0) {
				break;
			}
			bytes.write(b);
			state = (b == '\r' && (state == 0 || state == 2)) || (b == '\n' && (state == 1 || state == 3)) ? state + 1 : (b == '\r' ? 1 : 0);
		}
		return bytes.toString(StandardCharsets.ISO_8859_1);
	}

	@Override
	public void close() {
		closed = true;
		try {
			server.close();
		} catch (IOException e) {
			// ignore
		}
		for (Socket socket : open) {
			try {
				socket.close();
			} catch (IOException e) {
				// ignore
			}
		}
		threads.shutdownNow();
	}
}
