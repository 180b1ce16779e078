package org.endpointatlas.probe;

import java.net.InetSocketAddress;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** How to probe: resolver, proxy, extra roots, timeouts and concurrency. Immutable; build it with {@link #builder()}. */
public final class ProbeOptions {

	/** Default per-stage timeout. */
	public static final int DEFAULT_TIMEOUT_MS = 5000;
	/** Default number of endpoints probed at once. */
	public static final int DEFAULT_CONCURRENCY = 32;
	/** At most this many connections to one host at a time. */
	public static final int PER_HOST_CONNECTIONS = 2;
	/** At most this many redirects are followed for URL entries. */
	public static final int MAX_REDIRECTS = 5;

	private final InetSocketAddress dnsServer;
	private final ProxySpec proxy;
	private final List<X509Certificate> caRoots;
	private final List<X509Certificate> inspectionRoots;
	private final int timeoutMs;
	private final long deadlineMs;
	private final long endpointDeadlineMs;
	private final int concurrency;
	private final ProbeListener listener;

	private ProbeOptions(Builder builder) {
		this.dnsServer = builder.dnsServer;
		this.proxy = builder.proxy;
		this.caRoots = List.copyOf(builder.caRoots);
		this.inspectionRoots = List.copyOf(builder.inspectionRoots);
		this.timeoutMs = builder.timeoutMs;
		this.deadlineMs = builder.deadlineMs;
		this.endpointDeadlineMs = builder.endpointDeadlineMs;
		this.concurrency = builder.concurrency;
		this.listener = builder.listener;
	}

	public static Builder builder() {
		return new Builder();
	}

	/** The resolver ({@code --dns HOST:PORT}), or empty for the system's resolvers. */
	public Optional<InetSocketAddress> getDnsServer() {
		return Optional.ofNullable(dnsServer);
	}

	public Optional<ProxySpec> getProxy() {
		return Optional.ofNullable(proxy);
	}

	/** Roots the user vouches for ({@code --ca-file}): trusted, and expected like the catalog's trust anchors. */
	public List<X509Certificate> getCaRoots() {
		return caRoots;
	}

	/** Roots that validate but mark the connection as intercepted ({@code --inspection-ca}). */
	public List<X509Certificate> getInspectionRoots() {
		return inspectionRoots;
	}

	/** The timeout of each stage. */
	public int getTimeoutMs() {
		return timeoutMs;
	}

	/** The deadline of the whole run, counted from its start; 0 for none. */
	public long getDeadlineMs() {
		return deadlineMs;
	}

	/**
	 * The outer deadline of one endpoint, counted from when its probe starts. 0 means the default: the timeout times the
	 * number of stages (DNS, TCP, TLS, HTTP, plus one with a proxy).
	 */
	public long getEndpointDeadlineMs() {
		if (endpointDeadlineMs > 0) {
			return endpointDeadlineMs;
		}
		return (long) timeoutMs * (proxy == null ? 4 : 5);
	}

	public int getConcurrency() {
		return concurrency;
	}

	public Optional<ProbeListener> getListener() {
		return Optional.ofNullable(listener);
	}

	/** Builds {@link ProbeOptions}. */
	public static final class Builder {

		private InetSocketAddress dnsServer;
		private ProxySpec proxy;
		private final List<X509Certificate> caRoots = new ArrayList<>();
		private final List<X509Certificate> inspectionRoots = new ArrayList<>();
		private int timeoutMs = DEFAULT_TIMEOUT_MS;
		private long deadlineMs;
		private long endpointDeadlineMs;
		private int concurrency = DEFAULT_CONCURRENCY;
		private ProbeListener listener;

		private Builder() {
		}

		public Builder dnsServer(InetSocketAddress server) {
			this.dnsServer = server;
			return this;
		}

		public Builder proxy(ProxySpec spec) {
			this.proxy = spec;
			return this;
		}

		public Builder caRoots(List<X509Certificate> roots) {
			caRoots.addAll(roots);
			return this;
		}

		public Builder inspectionRoots(List<X509Certificate> roots) {
			inspectionRoots.addAll(roots);
			return this;
		}

		public Builder timeoutMs(int timeout) {
			if (timeout <= 0) {
				throw new IllegalArgumentException("the timeout must be positive");
			}
			this.timeoutMs = timeout;
			return this;
		}

		public Builder deadlineMs(long deadline) {
			if (deadline < 0) {
				throw new IllegalArgumentException("the deadline must not be negative");
			}
			this.deadlineMs = deadline;
			return this;
		}

		public Builder endpointDeadlineMs(long deadline) {
			this.endpointDeadlineMs = Math.max(0, deadline);
			return this;
		}

		public Builder concurrency(int n) {
			if (n <= 0) {
				throw new IllegalArgumentException("the concurrency must be positive");
			}
			this.concurrency = n;
			return this;
		}

		public Builder listener(ProbeListener progress) {
			this.listener = progress;
			return this;
		}

		public ProbeOptions build() {
			return new ProbeOptions(this);
		}
	}
}
