package org.endpointatlas.probe.internal;

import java.io.BufferedInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.net.ConnectException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.NoRouteToHostException;
import java.net.Socket;
import java.net.SocketException;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.net.URISyntaxException;
import java.security.GeneralSecurityException;
import java.security.cert.CertificateException;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;

import javax.net.ssl.SNIHostName;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLEngine;
import javax.net.ssl.SSLException;
import javax.net.ssl.SSLHandshakeException;
import javax.net.ssl.SSLParameters;
import javax.net.ssl.SSLSession;
import javax.net.ssl.SSLSocket;
import javax.net.ssl.TrustManager;
import javax.net.ssl.X509ExtendedTrustManager;

import org.endpointatlas.probe.Outcome;
import org.endpointatlas.probe.ProbeOptions;
import org.endpointatlas.probe.ProbeResult;
import org.endpointatlas.probe.Stage;

/**
 * The probe of one endpoint and port: DNS, TCP (or the proxy), TLS and HTTP on the probe's own socket, following up
 * to 5 redirects for URL entries. Every blocking call has a timeout no later than the endpoint's deadline, and
 * {@link #cut(Cutoff)} (called by the engine's watchdog at that deadline, or by the engine when the run's deadline
 * passes or the run is stopped) closes whatever the attempt is blocked on.
 */
final class Attempt {

	private final ProbeTask task;
	private final Engine.Context context;
	private final long deadlineNanos;
	private final long startNanos;
	private final ProbeResult.Builder result;
	private final Cutoff deadline;
	/** Whether the running stage's timeout was cut short by the deadline. */
	private boolean cut;
	/** What cut the attempt short, once something did; the first cutoff wins. */
	private final AtomicReference<Cutoff> cutBy = new AtomicReference<>();

	private volatile Stage stage = Stage.NONE;
	private volatile Socket current;
	private volatile Dns.Lookup lookup;
	private long stageStart;
	private boolean intercepted;
	private String interceptDetail;

	Attempt(ProbeTask task, Engine.Context context, long deadlineNanos, Cutoff deadline) {
		this.task = task;
		this.deadline = deadline;
		this.context = context;
		this.deadlineNanos = deadlineNanos;
		this.startNanos = System.nanoTime();
		this.result = base(task, context);
	}

	static ProbeResult.Builder base(ProbeTask task, Engine.Context context) {
		ProbeResult.Builder builder = ProbeResult.builder(task.endpoint).host(task.host).port(task.port).scheme(task.scheme()).areas(task.areas)
				.required(task.required).noTlsInspection(task.noTlsInspection);
		context.options.getProxy().ifPresent(p -> builder.proxy(p.toString()));
		return builder;
	}

	Stage stage() {
		return stage;
	}

	ProbeTask task() {
		return task;
	}

	long elapsedMs() {
		return elapsedMs(startNanos);
	}

	/** Called by the watchdog at the attempt's deadline, from another thread: {@link #cut(Cutoff)} by that deadline. */
	void expire() {
		cut(deadline);
	}

	/** Called from another thread: unblocks the attempt, which then reports the first cutoff's outcome. */
	void cut(Cutoff cutoff) {
		cutBy.compareAndSet(null, cutoff);
		Dns.Lookup running = lookup;
		if (running != null) {
			running.cancel();
		}
		closeQuietly(current);
	}

	ProbeResult run() {
		try {
			finish(fetchFollowingRedirects());
		} catch (StageFailure failure) {
			endStage();
			if (cutBy.get() == null && cut && System.nanoTime() >= deadlineNanos - TimeUnit.MILLISECONDS.toNanos(20)) {
				// the stage ended because the deadline cut its timeout short, not because its own timeout passed
				cutBy.compareAndSet(null, deadline);
			}
			if (cutBy.get() != null) {
				cutShort();
			} else {
				result.outcome(failure.outcome()).stage(failure.stage()).detail(failure.getMessage());
			}
		} catch (InterruptedException e) {
			// only the end of the run interrupts a worker, and the engine has answered for the attempt by then
			Thread.currentThread().interrupt();
			endStage();
			cutBy.compareAndSet(null, Cutoff.STOP);
			cutShort();
		} catch (RuntimeException e) {
			endStage();
			if (cutBy.get() != null) {
				cutShort();
			} else {
				result.outcome(stage == Stage.NONE ? Outcome.DEADLINE_EXCEEDED : failureFor(stage)).stage(stage)
						.detail("unexpected error: " + e);
			}
		} finally {
			closeQuietly(current);
		}
		return result.totalMs(elapsedMs(startNanos)).build();
	}

	private static Outcome failureFor(Stage stage) {
		switch (stage) {
		case DNS:
			return Outcome.DNS_SERVFAIL;
		case TCP:
			return Outcome.TCP_UNREACHABLE;
		case PROXY:
			return Outcome.PROXY_UPSTREAM_FAIL;
		case TLS:
			return Outcome.TLS_PROTOCOL_UNSUPPORTED;
		default:
			return Outcome.HTTP_ERROR;
		}
	}

	private void cutShort() {
		Cutoff cutoff = cutBy.get();
		result.outcome(cutoff.outcome()).stage(stage).detail(cutoff.duringDetail(stage, elapsedMs()));
	}

	/** Builds the outcome from the final response head. */
	private void finish(HttpHead head) {
		result.httpStatus(head.status);
		String status = head.status + (head.reason.isEmpty() ? "" : " " + head.reason);
		if (intercepted) {
			result.outcome(Outcome.TLS_INTERCEPTED).stage(Stage.TLS).detail(interceptDetail + "; HTTP " + status);
		} else if (head.status >= 500) {
			result.outcome(Outcome.HTTP_ERROR).stage(Stage.HTTP).detail("the origin answered " + status);
		} else {
			result.outcome(Outcome.OK).stage(Stage.HTTP).detail("HTTP " + status + (task.https ? " over a validated chain" : ""));
		}
	}

	private HttpHead fetchFollowingRedirects() throws StageFailure, InterruptedException {
		String host = task.host;
		int port = task.port;
		boolean https = task.https;
		String path = task.path;
		HttpHead head = fetch(host, port, https, path);
		int hops = 0;
		while (task.urlEntry && isRedirect(head.status) && head.header("location").isPresent() && hops < ProbeOptions.MAX_REDIRECTS) {
			URI next;
			try {
				URI base = new URI(https ? "https" : "http", null, host, port, null, null, null).resolve(path);
				next = base.resolve(head.header("location").get().trim());
			} catch (URISyntaxException | IllegalArgumentException e) {
				break;
			}
			String scheme = next.getScheme() == null ? "" : next.getScheme().toLowerCase(Locale.ROOT);
			if (next.getHost() == null || !(scheme.equals("http") || scheme.equals("https"))) {
				break;
			}
			hops++;
			result.redirect(next.toString());
			host = next.getHost().toLowerCase(Locale.ROOT);
			https = scheme.equals("https");
			port = next.getPort() > 0 ? next.getPort() : https ? 443 : 80;
			path = (next.getRawPath() == null || next.getRawPath().isEmpty() ? "/" : next.getRawPath())
					+ (next.getRawQuery() == null ? "" : "?" + next.getRawQuery());
			boolean inCatalog = context.inCatalog.test(host);
			result.finalUrl(next.toString(), inCatalog);
			try {
				head = fetch(host, port, https, path);
			} catch (StageFailure failure) {
				throw new StageFailure(failure.outcome(), failure.stage(), failure.getMessage() + " (after redirect " + hops + " to " + next
						+ (inCatalog ? "" : ", a host outside the catalog") + ")");
			}
		}
		return head;
	}

	private static boolean isRedirect(int status) {
		return status == 301 || status == 302 || status == 303 || status == 307 || status == 308;
	}

	/** One request: connect (directly or through the proxy), TLS when https, then read the response head. */
	private HttpHead fetch(String host, int port, boolean https, String path) throws StageFailure, InterruptedException {
		closeQuietly(current);
		Socket socket;
		String target = path;
		String proxyAuthorization = null;
		if (context.options.getProxy().isPresent()) {
			socket = connectProxy();
			if (https) {
				tunnel(socket, host, port);
			} else {
				target = "http://" + HttpHead.hostHeader(host, port, false) + path;
				proxyAuthorization = context.proxyAuthorization;
			}
		} else {
			socket = connectDirect(resolve(host), port);
		}
		if (https) {
			SSLSocket ssl = handshake(socket, host, port);
			InputStream in;
			try {
				in = ssl.getInputStream();
			} catch (IOException e) {
				throw new StageFailure(Outcome.HTTP_ERROR, "cannot read from the TLS connection: " + e.getMessage());
			}
			return request(ssl, in, target, HttpHead.hostHeader(host, port, true), null, false);
		}
		InputStream in;
		try {
			in = new BufferedInputStream(socket.getInputStream());
		} catch (IOException e) {
			throw new StageFailure(Outcome.HTTP_ERROR, "cannot read from the connection: " + e.getMessage());
		}
		return request(socket, in, target, HttpHead.hostHeader(host, port, false), proxyAuthorization, proxyAuthorization != null || context.options.getProxy().isPresent());
	}

	// ---- DNS ----

	private List<InetAddress> resolve(String host) throws StageFailure, InterruptedException {
		begin(Stage.DNS);
		try {
			if (HostnameMatcher.isIpLiteral(host)) {
				try {
					List<InetAddress> literal = List.of(InetAddress.getByName(host));
					result.addresses(List.of(literal.get(0).getHostAddress()));
					return literal;
				} catch (java.net.UnknownHostException e) {
					throw new StageFailure(Outcome.DNS_NXDOMAIN, "\"" + host + "\" is not a valid address");
				}
			}
			List<InetAddress> addresses = context.dns.resolve(host, stageTimeout(), l -> lookup = l);
			List<String> texts = new ArrayList<>();
			addresses.forEach(a -> texts.add(a.getHostAddress()));
			result.addresses(texts);
			return addresses;
		} finally {
			lookup = null;
			endStage();
		}
	}

	// ---- TCP ----

	private Socket connectDirect(List<InetAddress> addresses, int port) throws StageFailure {
		begin(Stage.TCP);
		try {
			return connect(addresses, port, false);
		} finally {
			endStage();
		}
	}

	private Socket connect(List<InetAddress> addresses, int port, boolean toProxy) throws StageFailure {
		StageFailure first = null;
		long stageEnd = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(stageTimeout());
		for (InetAddress address : addresses) {
			long left = TimeUnit.NANOSECONDS.toMillis(stageEnd - System.nanoTime());
			if (left <= 0) {
				break;
			}
			Socket socket = new Socket();
			current = socket;
			if (cutBy.get() != null) {
				closeQuietly(socket);
			}
			try {
				socket.setTcpNoDelay(true);
				socket.connect(new InetSocketAddress(address, port), (int) Math.max(1, Math.min(Integer.MAX_VALUE, left)));
				return socket;
			} catch (IOException e) {
				closeQuietly(socket);
				StageFailure failure = tcpFailure(e, address, port, left, toProxy);
				first = first == null ? failure : first;
			}
		}
		if (first == null) {
			first = new StageFailure(toProxy ? Outcome.PROXY_UNREACHABLE : Outcome.TCP_TIMEOUT, "no time left to connect");
		}
		throw first;
	}

	private StageFailure tcpFailure(IOException e, InetAddress address, int port, long timeout, boolean toProxy) {
		String where = (toProxy ? "the proxy " : "") + address.getHostAddress() + ":" + port;
		String message = String.valueOf(e.getMessage()).toLowerCase(Locale.ROOT);
		Outcome outcome;
		String detail;
		if (e instanceof SocketTimeoutException) {
			outcome = Outcome.TCP_TIMEOUT;
			detail = "no answer to the TCP connect to " + where + " within " + timeout + " ms (dropped or blackholed)";
		} else if (e instanceof NoRouteToHostException || message.contains("unreachable") || message.contains("no route")) {
			outcome = Outcome.TCP_UNREACHABLE;
			detail = "no route to " + where + ": " + e.getMessage();
		} else if (e instanceof ConnectException && message.contains("refused")) {
			outcome = Outcome.TCP_REFUSED;
			detail = "the TCP connect to " + where + " was refused";
		} else {
			outcome = Outcome.TCP_UNREACHABLE;
			detail = "cannot connect to " + where + ": " + e;
		}
		if (toProxy) {
			return new StageFailure(Outcome.PROXY_UNREACHABLE, Stage.PROXY, detail + " [" + outcome + "]");
		}
		return new StageFailure(outcome, detail);
	}

	// ---- proxy ----

	private Socket connectProxy() throws StageFailure, InterruptedException {
		begin(Stage.PROXY);
		try {
			String proxyHost = context.options.getProxy().get().getHost();
			int proxyPort = context.options.getProxy().get().getPort();
			List<InetAddress> addresses;
			if (HostnameMatcher.isIpLiteral(proxyHost)) {
				try {
					addresses = List.of(InetAddress.getByName(proxyHost));
				} catch (java.net.UnknownHostException e) {
					throw new StageFailure(Outcome.PROXY_UNREACHABLE, "bad proxy address " + proxyHost);
				}
			} else {
				try {
					addresses = context.dns.resolve(proxyHost, stageTimeout(), l -> lookup = l);
				} catch (StageFailure f) {
					throw new StageFailure(Outcome.PROXY_UNREACHABLE, Stage.PROXY, "cannot resolve the proxy: " + f.getMessage() + " [" + f.outcome() + "]");
				} finally {
					lookup = null;
				}
			}
			return connect(addresses, proxyPort, true);
		} finally {
			endStage();
		}
	}

	private void tunnel(Socket socket, String host, int port) throws StageFailure {
		begin(Stage.PROXY);
		String authority = (host.indexOf(':') >= 0 ? "[" + host + "]" : host) + ":" + port;
		try {
			socket.setSoTimeout(stageTimeout());
			HttpHead.writeConnect(socket.getOutputStream(), authority, context.proxyAuthorization);
			HttpHead head = HttpHead.read(socket.getInputStream());
			if (head.status >= 200 && head.status < 300) {
				return;
			}
			throw proxyRefusal(head, "CONNECT " + authority);
		} catch (SocketTimeoutException e) {
			throw new StageFailure(Outcome.PROXY_UPSTREAM_FAIL, "the proxy did not answer CONNECT " + authority + " within " + context.options.getTimeoutMs()
					+ " ms (it may still be trying to reach the target)");
		} catch (IOException e) {
			throw new StageFailure(Outcome.PROXY_UPSTREAM_FAIL, "the proxy closed the connection during CONNECT " + authority + ": " + e.getMessage());
		} finally {
			endStage();
		}
	}

	/** A response the proxy generated itself: 407, 403, 5xx or another refusal. */
	private StageFailure proxyRefusal(HttpHead head, String what) {
		String status = head.status + (head.reason.isEmpty() ? "" : " " + head.reason);
		String squid = head.header("x-squid-error").map(s -> " (X-Squid-Error: " + s + ")").orElse("")
				+ head.header("proxy-status").map(s -> " (Proxy-Status: " + s + ")").orElse("");
		if (head.status == 407) {
			List<String> schemes = HttpHead.challengeSchemes(head.headers("proxy-authenticate"));
			String offered = schemes.isEmpty() ? "no scheme named" : String.join(", ", schemes);
			String credentials = context.options.getProxy().get().getUser()
					.map(u -> "; it rejected the Basic credentials of " + u + (schemes.contains("Basic") ? "" : ", and does not offer Basic"))
					.orElse("; give --proxy http://USER@host:port and ENDPOINT_ATLAS_PROXY_PASSWORD");
			List<String> unsupported = new ArrayList<>(schemes);
			unsupported.remove("Basic");
			String note = unsupported.isEmpty() ? "" : " (" + String.join(", ", unsupported) + (unsupported.size() == 1 ? " is" : " are") + " not supported by the probe, which speaks Basic)";
			return new StageFailure(Outcome.PROXY_AUTH_REQUIRED, "the proxy asks for authentication on " + what + ": offers " + offered + note + credentials);
		}
		if (head.status >= 500) {
			String reason = head.header("x-squid-error").map(Attempt::squidReason).orElse("");
			return new StageFailure(Outcome.PROXY_UPSTREAM_FAIL, "the proxy answered " + status + " to " + what + reason + squid);
		}
		return new StageFailure(Outcome.PROXY_DENIED, "the proxy answered " + status + " to " + what + squid);
	}

	private static String squidReason(String error) {
		String code = error.trim().split("\\s+")[0];
		switch (code) {
		case "ERR_DNS_FAIL":
			return ": the proxy cannot resolve the host";
		case "ERR_CONNECT_FAIL":
			return ": the proxy cannot connect to the target";
		case "ERR_READ_TIMEOUT":
		case "ERR_LIFETIME_EXP":
			return ": the target did not answer the proxy in time";
		default:
			return "";
		}
	}

	// ---- TLS ----

	private SSLSocket handshake(Socket raw, String host, int port) throws StageFailure {
		begin(Stage.TLS);
		CapturingTrustManager capture = new CapturingTrustManager(context.trust, host);
		try {
			SSLContext ssl = SSLContext.getInstance("TLS");
			ssl.init(null, new TrustManager[] { capture }, null);
			SSLSocket socket = (SSLSocket) ssl.getSocketFactory().createSocket(raw, host, port, true);
			SSLParameters parameters = socket.getSSLParameters();
			if (!HostnameMatcher.isIpLiteral(host)) {
				parameters.setServerNames(List.of(new SNIHostName(host)));
			}
			parameters.setProtocols(task.tls12Only ? new String[] { "TLSv1.2" } : new String[] { "TLSv1.3", "TLSv1.2" });
			parameters.setEndpointIdentificationAlgorithm(null);
			socket.setSSLParameters(parameters);
			raw.setSoTimeout(stageTimeout());
			socket.startHandshake();
			SSLSession session = socket.getSession();
			result.tls(session.getProtocol(), session.getCipherSuite());
			Trust.Verdict verdict = capture.verdict;
			if (verdict != null) {
				result.chain(verdict.chain);
				if (verdict.outcome == Outcome.TLS_INTERCEPTED) {
					intercepted = true;
					interceptDetail = verdict.detail;
				}
			}
			return socket;
		} catch (GeneralSecurityException e) {
			throw new StageFailure(Outcome.TLS_PROTOCOL_UNSUPPORTED, "cannot set up TLS: " + e.getMessage());
		} catch (IOException e) {
			Trust.Verdict verdict = capture.verdict;
			if (verdict != null) {
				result.chain(verdict.chain);
				if (!verdict.accepted()) {
					throw new StageFailure(verdict.outcome, verdict.detail);
				}
			}
			throw tlsFailure(e);
		} catch (IllegalArgumentException e) {
			throw new StageFailure(Outcome.TLS_PROTOCOL_UNSUPPORTED, "cannot start TLS for " + host + ": " + e.getMessage());
		} finally {
			endStage();
		}
	}

	private StageFailure tlsFailure(IOException e) {
		String text = describe(e).toLowerCase(Locale.ROOT);
		if (has(e, SocketTimeoutException.class)) {
			return new StageFailure(Outcome.TLS_STALL, "the server accepted the connection but sent no TLS answer within " + stageTimeoutText());
		}
		if (text.contains("protocol_version") || text.contains("no appropriate protocol") || text.contains("handshake_failure")
				|| text.contains("insufficient_security") || text.contains("unsupported or unrecognized ssl message")
				|| text.contains("not an ssl/tls record") || text.contains("no negotiable cipher")) {
			String offered = task.tls12Only ? "TLS 1.2 (the endpoint's TLS 1.2 constraint)" : "TLS 1.3 and 1.2";
			return new StageFailure(Outcome.TLS_PROTOCOL_UNSUPPORTED, "no common TLS version or cipher suite; the probe offered " + offered + ": " + describe(e));
		}
		if (has(e, SocketException.class) || has(e, EOFException.class) || text.contains("connection reset") || text.contains("remote host terminated")
				|| text.contains("closed") || e instanceof SSLHandshakeException) {
			return new StageFailure(Outcome.TLS_RESET, "the connection was reset or closed after the client hello (SNI filtering?): " + describe(e));
		}
		if (e instanceof SSLException) {
			return new StageFailure(Outcome.TLS_PROTOCOL_UNSUPPORTED, "TLS failed: " + describe(e));
		}
		return new StageFailure(Outcome.TLS_RESET, "the TLS handshake failed: " + describe(e));
	}

	private static boolean has(Throwable e, Class<? extends Throwable> type) {
		for (Throwable t = e; t != null; t = t.getCause()) {
			if (type.isInstance(t)) {
				return true;
			}
		}
		return false;
	}

	private static String describe(Throwable e) {
		StringBuilder text = new StringBuilder();
		for (Throwable t = e; t != null && text.length() < 400; t = t.getCause()) {
			if (text.length() > 0) {
				text.append(" / ");
			}
			text.append(t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage());
		}
		return text.toString();
	}

	/** Records the chain and the verdict even when it rejects the chain (which aborts the handshake). */
	static final class CapturingTrustManager extends X509ExtendedTrustManager {

		private final Trust trust;
		private final String host;
		volatile Trust.Verdict verdict;

		CapturingTrustManager(Trust trust, String host) {
			this.trust = trust;
			this.host = host;
		}

		@Override
		public void checkServerTrusted(X509Certificate[] chain, String authType) throws CertificateException {
			Trust.Verdict v = trust.analyse(chain, authType, host);
			verdict = v;
			if (!v.accepted()) {
				throw new CertificateException(v.detail);
			}
		}

		@Override
		public void checkServerTrusted(X509Certificate[] chain, String authType, Socket socket) throws CertificateException {
			checkServerTrusted(chain, authType);
		}

		@Override
		public void checkServerTrusted(X509Certificate[] chain, String authType, SSLEngine engine) throws CertificateException {
			checkServerTrusted(chain, authType);
		}

		@Override
		public void checkClientTrusted(X509Certificate[] chain, String authType) throws CertificateException {
			throw new CertificateException("the probe is a client only");
		}

		@Override
		public void checkClientTrusted(X509Certificate[] chain, String authType, Socket socket) throws CertificateException {
			checkClientTrusted(chain, authType);
		}

		@Override
		public void checkClientTrusted(X509Certificate[] chain, String authType, SSLEngine engine) throws CertificateException {
			checkClientTrusted(chain, authType);
		}

		@Override
		public X509Certificate[] getAcceptedIssuers() {
			return new X509Certificate[0];
		}
	}

	// ---- HTTP ----

	private HttpHead request(Socket socket, InputStream in, String target, String hostHeader, String proxyAuthorization, boolean viaProxy)
			throws StageFailure {
		begin(Stage.HTTP);
		try {
			socket.setSoTimeout(stageTimeout());
			HttpHead.writeGet(socket.getOutputStream(), target, hostHeader, proxyAuthorization);
			HttpHead head = HttpHead.read(in);
			if (viaProxy && isFromProxy(head)) {
				StageFailure refusal = proxyRefusal(head, "GET " + target);
				result.httpStatus(head.status);
				throw new StageFailure(refusal.outcome(), Stage.PROXY, refusal.getMessage());
			}
			return head;
		} catch (SocketTimeoutException e) {
			throw new StageFailure(Outcome.HTTP_ERROR, "no HTTP answer within " + stageTimeoutText());
		} catch (IOException e) {
			throw new StageFailure(Outcome.HTTP_ERROR, "no usable HTTP answer: " + describe(e));
		} finally {
			endStage();
			closeQuietly(current);
		}
	}

	/** A plain-HTTP answer the proxy made itself rather than passed on from the origin. */
	private static boolean isFromProxy(HttpHead head) {
		if (head.status == 407) {
			return true;
		}
		boolean marked = head.header("x-squid-error").isPresent() || head.header("proxy-status").map(s -> s.contains("error")).orElse(false);
		return marked && (head.status == 403 || head.status >= 500 || head.status == 400);
	}

	// ---- timing ----

	private void begin(Stage next) {
		endStage();
		stage = next;
		stageStart = System.nanoTime();
	}

	private void endStage() {
		if (stageStart != 0) {
			result.elapsed(stage, elapsedMs(stageStart));
			stageStart = 0;
		}
	}

	private static long elapsedMs(long since) {
		return TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - since);
	}

	/** The stage timeout, cut to what is left before the endpoint's deadline. */
	private int stageTimeout() throws StageFailure {
		long left = TimeUnit.NANOSECONDS.toMillis(deadlineNanos - System.nanoTime());
		if (left <= 0) {
			cutBy.compareAndSet(null, deadline);
		}
		Cutoff cutoff = cutBy.get();
		if (cutoff != null) {
			throw new StageFailure(cutoff.outcome(), stage, "cut short");
		}
		cut = left < context.options.getTimeoutMs();
		return (int) Math.min(context.options.getTimeoutMs(), left);
	}

	private String stageTimeoutText() {
		return context.options.getTimeoutMs() + " ms";
	}

	private static void closeQuietly(Socket socket) {
		if (socket != null) {
			try {
				socket.close();
			} catch (IOException e) {
				// closing is best effort
			}
		}
	}

}
