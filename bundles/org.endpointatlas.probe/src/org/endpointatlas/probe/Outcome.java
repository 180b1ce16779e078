package org.endpointatlas.probe;

/**
 * How a probe of one endpoint ended. The names are public: the JSON and JUnit outputs, CI pipelines and the README use
 * them as they are.
 */
public enum Outcome {
	/** The real origin answered with a status below 500, over a validated chain where TLS applies. */
	OK(Stage.HTTP),
	/** The name does not exist (or has no address records). */
	DNS_NXDOMAIN(Stage.DNS),
	/** The resolver answered SERVFAIL. */
	DNS_SERVFAIL(Stage.DNS),
	/** The resolver did not answer within the timeout. */
	DNS_TIMEOUT(Stage.DNS),
	/** The resolver answered 0.0.0.0 or ::, the usual DNS block. */
	DNS_SINKHOLED(Stage.DNS),
	/** The resolver refused the query. */
	DNS_REFUSED(Stage.DNS),
	/** No answer to the TCP connect within the timeout: a blackhole or a silent firewall drop. */
	TCP_TIMEOUT(Stage.TCP),
	/** The connection was refused (RST): nothing listens, or a firewall rejects. */
	TCP_REFUSED(Stage.TCP),
	/** No route to the host or network (ICMP unreachable). */
	TCP_UNREACHABLE(Stage.TCP),
	/** The server accepted the connection but the TLS handshake did not progress within the timeout. */
	TLS_STALL(Stage.TLS),
	/** The connection was reset or closed right after the client hello: typically SNI filtering. */
	TLS_RESET(Stage.TLS),
	/** No common TLS protocol version or cipher suite, or the peer does not speak TLS. */
	TLS_PROTOCOL_UNSUPPORTED(Stage.TLS),
	/** The chain does not validate and its root is unknown. */
	TLS_UNTRUSTED(Stage.TLS),
	/** The chain validates but ends at a root outside the expected roots: an inspecting proxy. */
	TLS_INTERCEPTED(Stage.TLS),
	/** The certificate does not cover the host name. */
	TLS_NAME_MISMATCH(Stage.TLS),
	/** The proxy could not be resolved or connected to. */
	PROXY_UNREACHABLE(Stage.PROXY),
	/** The proxy answered 407; the detail names the schemes it offers. */
	PROXY_AUTH_REQUIRED(Stage.PROXY),
	/** The proxy answered 403 (or another refusal of its own). */
	PROXY_DENIED(Stage.PROXY),
	/** The proxy could not reach the target: a 5xx of its own, e.g. squid's ERR_DNS_FAIL. */
	PROXY_UPSTREAM_FAIL(Stage.PROXY),
	/** The origin answered 5xx. */
	HTTP_ERROR(Stage.HTTP),
	/** The endpoint's or the run's deadline passed before the probe ended. A stopped run is {@link #CANCELLED} instead. */
	DEADLINE_EXCEEDED(null),
	/**
	 * The run was stopped (the thread running the probe was interrupted) before this endpoint's probe ended. Nothing was
	 * learned about the network: the result never counts as failed, but a required endpoint that is cancelled makes
	 * the run's exit code 1 (see {@link ProbeReport#exitCode()}).
	 */
	CANCELLED(null),
	/** A wildcard without a probeHost in the catalog; the probe never guesses a host. */
	NOT_TESTABLE_WILDCARD(Stage.NONE),
	/** A {placeholder} that no --param resolved. */
	NOT_TESTABLE_PARAMETER(Stage.NONE),
	/** UDP, a port range, or a TCP port that speaks neither HTTP nor TLS. */
	NOT_TESTABLE_TRANSPORT(Stage.NONE);

	private final Stage stage;

	Outcome(Stage stage) {
		this.stage = stage;
	}

	/**
	 * The stage this outcome belongs to, or {@code null} when it depends on where the probe was (a deadline, or the
	 * stop of the run).
	 */
	public Stage getStage() {
		return stage;
	}

	/** {@code NOT_TESTABLE_*}: never a failure. */
	public boolean isNotTestable() {
		return stage == Stage.NONE;
	}
}
