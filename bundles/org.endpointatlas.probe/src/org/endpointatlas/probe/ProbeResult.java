package org.endpointatlas.probe;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The evidence for one endpoint and port: what was probed, how it ended, where, how long each stage took, and what
 * the network showed on the way (addresses, proxy, TLS version, cipher and chain, HTTP status, redirects).
 */
public final class ProbeResult {

	/** The detail of a {@link Outcome#CANCELLED} result whose probe had not started when the run was stopped. */
	public static final String NOT_RUN_DETAIL = "not run: the probe was stopped before this endpoint's turn";

	private final String endpoint;
	private final String host;
	private final int port;
	private final String transport;
	private final String scheme;
	private final List<String> areas;
	private final boolean required;
	private final boolean noTlsInspection;
	private final Outcome outcome;
	private final Stage stage;
	private final boolean failed;
	private final Map<Stage, Long> elapsedMs;
	private final long totalMs;
	private final List<String> addresses;
	private final String proxy;
	private final String tlsVersion;
	private final String tlsCipher;
	private final List<ChainCertificate> chain;
	private final Integer httpStatus;
	private final List<String> redirects;
	private final String finalUrl;
	private final Boolean finalHostInCatalog;
	private final String detail;

	private ProbeResult(Builder b) {
		this.endpoint = Objects.requireNonNull(b.endpoint);
		this.host = b.host;
		this.port = b.port;
		this.transport = b.transport;
		this.scheme = b.scheme;
		this.areas = List.copyOf(b.areas);
		this.required = b.required;
		this.noTlsInspection = b.noTlsInspection;
		this.outcome = Objects.requireNonNull(b.outcome);
		this.stage = b.stage != null ? b.stage : (b.outcome.getStage() != null ? b.outcome.getStage() : Stage.NONE);
		this.elapsedMs = Collections.unmodifiableMap(new EnumMap<>(b.elapsedMs));
		this.totalMs = b.totalMs;
		this.addresses = List.copyOf(b.addresses);
		this.proxy = b.proxy;
		this.tlsVersion = b.tlsVersion;
		this.tlsCipher = b.tlsCipher;
		this.chain = List.copyOf(b.chain);
		this.httpStatus = b.httpStatus;
		this.redirects = List.copyOf(b.redirects);
		this.finalUrl = b.finalUrl;
		this.finalHostInCatalog = b.finalHostInCatalog;
		this.detail = b.detail == null ? "" : b.detail;
		this.failed = countsAsFailure(outcome, required, noTlsInspection);
	}

	/**
	 * The exit-code rule: a required endpoint that is not OK fails, except {@code NOT_TESTABLE_*} and
	 * {@code CANCELLED} (nothing was learned about the network; {@link ProbeReport#exitCode()} still refuses a pass to a
	 * run that cancelled a required endpoint), and {@code TLS_INTERCEPTED} fails only under a "no TLS inspection"
	 * constraint.
	 */
	public static boolean countsAsFailure(Outcome outcome, boolean required, boolean noTlsInspection) {
		if (!required || outcome == Outcome.OK || outcome.isNotTestable() || outcome == Outcome.CANCELLED) {
			return false;
		}
		return outcome != Outcome.TLS_INTERCEPTED || noTlsInspection;
	}

	public static Builder builder(String endpoint) {
		return new Builder(endpoint);
	}

	/** The catalog pattern. */
	public String getEndpoint() {
		return endpoint;
	}

	/** The host actually probed (the probeHost of a wildcard), or {@code null} when none could be. */
	public String getHost() {
		return host;
	}

	/** The port, the first of a range, or -1. */
	public int getPort() {
		return port;
	}

	/** {@code tcp} or {@code udp}. */
	public String getTransport() {
		return transport;
	}

	/** {@code http} or {@code https}, or {@code null} for a port that speaks neither. */
	public String getScheme() {
		return scheme;
	}

	public List<String> getAreas() {
		return areas;
	}

	public boolean isRequired() {
		return required;
	}

	/** Whether the catalog says TLS inspection is not supported for this endpoint. */
	public boolean isNoTlsInspection() {
		return noTlsInspection;
	}

	public Outcome getOutcome() {
		return outcome;
	}

	/** Where the probe ended. */
	public Stage getStage() {
		return stage;
	}

	/**
	 * Whether the probe found this endpoint failing, which makes the run fail (exit code 1); see
	 * {@link #countsAsFailure}.
	 */
	public boolean isFailed() {
		return failed;
	}

	/** Milliseconds per stage that ran, in stage order. */
	public Map<Stage, Long> getElapsedMs() {
		return elapsedMs;
	}

	public long getTotalMs() {
		return totalMs;
	}

	/** The resolved addresses (empty through a proxy, which resolves for us). */
	public List<String> getAddresses() {
		return addresses;
	}

	/** The proxy used, without any password. */
	public Optional<String> getProxy() {
		return Optional.ofNullable(proxy);
	}

	public Optional<String> getTlsVersion() {
		return Optional.ofNullable(tlsVersion);
	}

	public Optional<String> getTlsCipher() {
		return Optional.ofNullable(tlsCipher);
	}

	/** The chain the server presented, leaf first; recorded even when it did not validate. */
	public List<ChainCertificate> getChain() {
		return chain;
	}

	public Optional<Integer> getHttpStatus() {
		return Optional.ofNullable(httpStatus);
	}

	/** The redirect locations followed, in order. */
	public List<String> getRedirects() {
		return redirects;
	}

	/** The URL that gave the final answer, when redirects were followed. */
	public Optional<String> getFinalUrl() {
		return Optional.ofNullable(finalUrl);
	}

	/** Whether the host of {@link #getFinalUrl()} is in the effective catalog; empty without redirects. */
	public Optional<Boolean> getFinalHostInCatalog() {
		return Optional.ofNullable(finalHostInCatalog);
	}

	/** A sentence for a human. */
	public String getDetail() {
		return detail;
	}

	/** {@code https://host:port} or the pattern when no host was probed. */
	public String target() {
		if (host == null) {
			return endpoint;
		}
		String shown = host.indexOf(':') >= 0 ? "[" + host + "]" : host;
		return (scheme == null ? transport : scheme) + "://" + shown + (port > 0 ? ":" + port : "");
	}

	@Override
	public String toString() {
		return target() + " " + outcome + " (" + stage.id() + ") " + detail;
	}

	/** Builds a {@link ProbeResult}. */
	public static final class Builder {

		private final String endpoint;
		private String host;
		private int port = -1;
		private String transport = "tcp";
		private String scheme;
		private final List<String> areas = new ArrayList<>();
		private boolean required;
		private boolean noTlsInspection;
		private Outcome outcome;
		private Stage stage;
		private final Map<Stage, Long> elapsedMs = new EnumMap<>(Stage.class);
		private long totalMs;
		private final List<String> addresses = new ArrayList<>();
		private String proxy;
		private String tlsVersion;
		private String tlsCipher;
		private final List<ChainCertificate> chain = new ArrayList<>();
		private Integer httpStatus;
		private final List<String> redirects = new ArrayList<>();
		private String finalUrl;
		private Boolean finalHostInCatalog;
		private String detail;

		private Builder(String endpoint) {
			this.endpoint = endpoint;
		}

		public Builder host(String value) {
			host = value;
			return this;
		}

		public Builder port(int value) {
			port = value;
			return this;
		}

		public Builder transport(String value) {
			transport = value;
			return this;
		}

		public Builder scheme(String value) {
			scheme = value;
			return this;
		}

		public Builder areas(java.util.Collection<String> values) {
			areas.addAll(values);
			return this;
		}

		public Builder required(boolean value) {
			required = value;
			return this;
		}

		public Builder noTlsInspection(boolean value) {
			noTlsInspection = value;
			return this;
		}

		public Builder outcome(Outcome value) {
			outcome = value;
			return this;
		}

		public Builder stage(Stage value) {
			stage = value;
			return this;
		}

		public Builder elapsed(Stage stageOf, long ms) {
			elapsedMs.merge(stageOf, ms, Long::sum);
			return this;
		}

		public Builder totalMs(long value) {
			totalMs = value;
			return this;
		}

		public Builder addresses(java.util.Collection<String> values) {
			addresses.clear();
			addresses.addAll(values);
			return this;
		}

		public Builder proxy(String value) {
			proxy = value;
			return this;
		}

		public Builder tls(String version, String cipher) {
			tlsVersion = version;
			tlsCipher = cipher;
			return this;
		}

		public Builder chain(java.util.Collection<ChainCertificate> values) {
			chain.clear();
			chain.addAll(values);
			return this;
		}

		public Builder httpStatus(Integer value) {
			httpStatus = value;
			return this;
		}

		public Builder redirect(String location) {
			redirects.add(location);
			return this;
		}

		public Builder finalUrl(String url, Boolean inCatalog) {
			finalUrl = url;
			finalHostInCatalog = inCatalog;
			return this;
		}

		public Builder detail(String value) {
			detail = value;
			return this;
		}

		public ProbeResult build() {
			return new ProbeResult(this);
		}
	}
}
