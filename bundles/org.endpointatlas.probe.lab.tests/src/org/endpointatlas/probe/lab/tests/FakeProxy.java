package org.endpointatlas.probe.lab.tests;

import java.io.Closeable;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;

/**
 * A proxy on 127.0.0.1 that asks for NTLM and Negotiate authentication on every request, as a Windows-integrated
 * corporate proxy does. Squid would need a domain for that; the probe only has to name the schemes.
 */
final class FakeProxy implements Closeable {

	private final ServerSocket server;

	FakeProxy() throws IOException {
		server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
		Thread thread = new Thread(this::loop, "probe-lab-ntlm-proxy");
		thread.setDaemon(true);
		thread.start();
	}

	int port() {
		return server.getLocalPort();
	}

	private void loop() {
		while (!server.isClosed()) {
			try (Socket socket = server.accept()) {
				socket.setSoTimeout(5000);
				LabServer.readHead(socket.getInputStream());
				socket.getOutputStream().write(("HTTP/1.1 407 Proxy Authentication Required\r\nProxy-Authenticate: Negotiate\r\n"
						+ "Proxy-Authenticate: NTLM\r\nContent-Length: 0\r\nConnection: close\r\n\r\n").getBytes(StandardCharsets.ISO_8859_1));
			} catch (IOException e) {
				// next
			}
		}
	}

	@Override
	public void close() throws IOException {
		server.close();
	}
}
