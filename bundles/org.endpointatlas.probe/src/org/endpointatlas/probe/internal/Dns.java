package org.endpointatlas.probe.internal;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.endpointatlas.probe.Outcome;
import org.xbill.DNS.AAAARecord;
import org.xbill.DNS.ARecord;
import org.xbill.DNS.DClass;
import org.xbill.DNS.ExtendedResolver;
import org.xbill.DNS.Message;
import org.xbill.DNS.Name;
import org.xbill.DNS.Rcode;
import org.xbill.DNS.Record;
import org.xbill.DNS.Resolver;
import org.xbill.DNS.Section;
import org.xbill.DNS.SimpleResolver;
import org.xbill.DNS.TextParseException;
import org.xbill.DNS.Type;
import org.xbill.DNS.hosts.HostsFileParser;

/**
 * Resolves with dnsjava: the {@code --dns} server, or the system's resolvers (and hosts file). A and AAAA go out at
 * once; nothing is cached, so every run asks again. Every wait is bounded by the caller's timeout.
 */
final class Dns {

	/** After the A answer has addresses, how long the AAAA answer may still take. */
	private static final long AAAA_GRACE_MS = 300;

	private final Resolver resolver;
	private final String description;
	private final HostsFileParser hosts;
	private final Executor executor;

	private Dns(Resolver resolver, String description, HostsFileParser hosts, Executor executor) {
		this.resolver = resolver;
		this.description = description;
		this.hosts = hosts;
		this.executor = executor;
	}

	/** The given server only; no hosts file (the point of --dns is to ask that server). */
	static Dns server(InetSocketAddress server, int timeoutMs, Executor executor) {
		SimpleResolver simple = new SimpleResolver(server);
		simple.setTimeout(Duration.ofMillis(timeoutMs));
		return new Dns(simple, "resolver " + server.getAddress().getHostAddress() + ":" + server.getPort(), null, executor);
	}

	/** The system's resolvers (resolv.conf or the platform's equivalent), after the hosts file. */
	static Dns system(int timeoutMs, Executor executor) {
		ExtendedResolver extended = new ExtendedResolver();
		extended.setTimeout(Duration.ofMillis(timeoutMs));
		extended.setRetries(1);
		return new Dns(extended, "the system resolvers", new HostsFileParser(), executor);
	}

	/** A running resolution, so that a deadline can cancel it. */
	final class Lookup {
		final CompletableFuture<Message> a;
		final CompletableFuture<Message> aaaa;

		Lookup(Name name) {
			a = send(name, Type.A);
			aaaa = send(name, Type.AAAA);
		}

		void cancel() {
			a.cancel(true);
			aaaa.cancel(true);
		}
	}

	private CompletableFuture<Message> send(Name name, int type) {
		Message query = Message.newQuery(Record.newRecord(name, type, DClass.IN));
		return resolver.sendAsync(query, executor).toCompletableFuture();
	}

	/**
	 * @param started receives the running lookup before this waits on it, so that a deadline can cancel it
	 * @throws StageFailure with a DNS outcome
	 */
	List<InetAddress> resolve(String host, long timeoutMs, java.util.function.Consumer<Lookup> started) throws StageFailure, InterruptedException {
		Name name;
		try {
			name = Name.fromString(host.endsWith(".") ? host : host + ".");
		} catch (TextParseException e) {
			throw new StageFailure(Outcome.DNS_NXDOMAIN, "\"" + host + "\" is not a valid DNS name");
		}
		if (hosts != null) {
			Optional<InetAddress> fromHosts = fromHostsFile(name);
			if (fromHosts.isPresent()) {
				return checkSinkhole(host, List.of(fromHosts.get()), " (hosts file)");
			}
		}
		long end = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(timeoutMs);
		Lookup lookup = new Lookup(name);
		started.accept(lookup);
		Answer a = await(lookup.a, end);
		long aaaaEnd = end;
		if (a.message != null && !addresses(a.message).isEmpty()) {
			aaaaEnd = Math.min(end, System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(AAAA_GRACE_MS));
		}
		Answer aaaa = await(lookup.aaaa, aaaaEnd);
		List<InetAddress> found = new ArrayList<>();
		if (a.message != null) {
			found.addAll(addresses(a.message));
		}
		if (aaaa.message != null) {
			found.addAll(addresses(aaaa.message));
		}
		if (!found.isEmpty()) {
			return checkSinkhole(host, found, "");
		}
		Answer primary = a.message != null || aaaa.message == null ? a : aaaa;
		if (primary.message == null) {
			if (primary.timedOut) {
				throw new StageFailure(Outcome.DNS_TIMEOUT, "no answer from " + description + " within " + timeoutMs + " ms");
			}
			String why = primary.error != null && primary.error.contains("PortUnreachable") ? "nothing listens there (ICMP port unreachable)" : primary.error;
			throw new StageFailure(Outcome.DNS_TIMEOUT, "no answer from " + description + ": " + why);
		}
		int rcode = primary.message.getRcode();
		switch (rcode) {
		case Rcode.NXDOMAIN:
			throw new StageFailure(Outcome.DNS_NXDOMAIN, description + " answered NXDOMAIN: " + host + " does not exist");
		case Rcode.SERVFAIL:
			throw new StageFailure(Outcome.DNS_SERVFAIL, description + " answered SERVFAIL for " + host);
		case Rcode.REFUSED:
			throw new StageFailure(Outcome.DNS_REFUSED, description + " refused the query for " + host);
		case Rcode.NOERROR:
			throw new StageFailure(Outcome.DNS_NXDOMAIN, description + " has no A or AAAA record for " + host + " (NODATA)");
		default:
			throw new StageFailure(Outcome.DNS_SERVFAIL, description + " answered " + Rcode.string(rcode) + " for " + host);
		}
	}

	private Optional<InetAddress> fromHostsFile(Name name) {
		try {
			Optional<InetAddress> v4 = hosts.getAddressForHost(name, Type.A);
			return v4.isPresent() ? v4 : hosts.getAddressForHost(name, Type.AAAA);
		} catch (IOException | RuntimeException e) {
			return Optional.empty();
		}
	}

	private static List<InetAddress> checkSinkhole(String host, List<InetAddress> found, String where) throws StageFailure {
		for (InetAddress address : found) {
			if (address.isAnyLocalAddress()) {
				throw new StageFailure(Outcome.DNS_SINKHOLED, host + " resolves to " + address.getHostAddress() + where + ": blocked by DNS");
			}
		}
		List<InetAddress> ordered = new ArrayList<>();
		found.stream().filter(x -> x instanceof java.net.Inet4Address).forEach(ordered::add);
		found.stream().filter(x -> !(x instanceof java.net.Inet4Address)).forEach(ordered::add);
		return ordered;
	}

	private static List<InetAddress> addresses(Message message) {
		List<InetAddress> found = new ArrayList<>();
		if (message.getRcode() != Rcode.NOERROR) {
			return found;
		}
		for (Record record : message.getSection(Section.ANSWER)) {
			if (record instanceof ARecord) {
				found.add(((ARecord) record).getAddress());
			} else if (record instanceof AAAARecord) {
				found.add(((AAAARecord) record).getAddress());
			}
		}
		return found;
	}

	private static final class Answer {
		Message message;
		boolean timedOut;
		String error;
	}

	private static Answer await(CompletableFuture<Message> future, long endNanos) throws InterruptedException {
		Answer answer = new Answer();
		long left = endNanos - System.nanoTime();
		try {
			answer.message = left > 0 ? future.get(left, TimeUnit.NANOSECONDS) : future.getNow(null);
			answer.timedOut = answer.message == null;
		} catch (TimeoutException e) {
			answer.timedOut = true;
		} catch (ExecutionException e) {
			Throwable cause = e.getCause();
			answer.timedOut = cause instanceof java.net.SocketTimeoutException || cause instanceof TimeoutException
					|| (cause != null && cause.getCause() instanceof TimeoutException);
			answer.error = String.valueOf(cause);
		} catch (java.util.concurrent.CancellationException e) {
			answer.timedOut = true;
			answer.error = "cancelled";
		}
		return answer;
	}
}
