import java.io.ByteArrayOutputStream;
import java.io.FileInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.security.KeyStore;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLServerSocket;

/**
 * The lab server of releng/benchmarks/probe-bench.sh (a single-file program: java ProbeBenchServer.java P12 PASS DELAY_MS).
 * Serves HTTPS on 127.0.0.1 and answers every request after DELAY_MS of server-side delay. Also opens a listener whose
 * accept queue it fills, so that connects to it time out: the loopback blackhole used when no network namespace can be
 * made. Prints "TLS_PORT=n BACKLOG_PORT=m" and runs until killed.
 */
public class ProbeBenchServer {

	public static void main(String[] args) throws Exception {
		KeyStore store = KeyStore.getInstance("PKCS12");
		try (InputStream in = new FileInputStream(args[0])) {
			store.load(in, args[1].toCharArray());
		}
		KeyManagerFactory keys = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
		keys.init(store, args[1].toCharArray());
		SSLContext context = SSLContext.getInstance("TLS");
		context.init(keys.getKeyManagers(), null, null);
		int delay = Integer.parseInt(args[2]);
		SSLServerSocket server = (SSLServerSocket) context.getServerSocketFactory().createServerSocket(0, 512, InetAddress.getLoopbackAddress());
		ServerSocket backlog = new ServerSocket(0, 1, InetAddress.getLoopbackAddress());
		List<Socket> fillers = new ArrayList<>();
		for (int i = 0; i < 4; i++) {
			Socket filler = new Socket();
			try {
				filler.connect(backlog.getLocalSocketAddress(), 300);
				fillers.add(filler);
			} catch (IOException e) {
				break;
			}
		}
		System.out.println("TLS_PORT=" + server.getLocalPort() + " BACKLOG_PORT=" + backlog.getLocalPort());
		System.out.flush();
		ExecutorService threads = Executors.newCachedThreadPool();
		while (true) {
			Socket socket = server.accept();
			threads.execute(() -> serve(socket, delay));
		}
	}

	private static void serve(Socket socket, int delay) {
		try (socket) {
			socket.setSoTimeout(10_000);
			InputStream in = socket.getInputStream();
			ByteArrayOutputStream head = new ByteArrayOutputStream();
			int state = 0;
			while (state < 4) {
				int b = in.read();
				if (b < 0) {
					return;
				}
				head.write(b);
				state = (b == '\r' && (state == 0 || state == 2)) || (b == '\n' && (state == 1 || state == 3)) ? state + 1 : (b == '\r' ? 1 : 0);
			}
			Thread.sleep(delay);
			socket.getOutputStream().write("HTTP/1.1 200 OK\r\nContent-Length: 2\r\nConnection: close\r\n\r\nok".getBytes(StandardCharsets.ISO_8859_1));
		} catch (IOException | InterruptedException e) {
			// the client's business
		}
	}
}
