package org.endpointatlas.probe.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;

import org.endpointatlas.catalog.model.ConstraintKind;
import org.endpointatlas.catalog.model.Policy;
import org.endpointatlas.catalog.model.Scheme;
import org.endpointatlas.catalog.model.Transport;
import org.endpointatlas.core.EffectiveCatalog;
import org.endpointatlas.core.EffectiveEndpoint;
import org.endpointatlas.core.PortSpec;
import org.endpointatlas.core.pattern.HostPattern;
import org.endpointatlas.core.pattern.InvalidHostPatternException;
import org.endpointatlas.probe.Outcome;
import org.endpointatlas.probe.ProbeResult;

/**
 * Turns an effective catalog into probe tasks, one per endpoint and TCP port, and into results right away for what
 * cannot be probed: UDP and non-web ports, unresolved placeholders, wildcards without a probeHost. It never guesses a
 * host.
 */
final class Planner {

	/** What the planner produced: for each slot either a task or a finished result, in catalog order. */
	static final class Plan {
		final List<ProbeTask> tasks = new ArrayList<>();
		final List<ProbeResult> immediate = new ArrayList<>();
		final List<Object> slots = new ArrayList<>();

		int size() {
			return slots.size();
		}
	}

	private final List<Policy> policies;

	Planner(List<Policy> policies) {
		this.policies = List.copyOf(policies);
	}

	Plan plan(EffectiveCatalog catalog) {
		Plan plan = new Plan();
		for (EffectiveEndpoint endpoint : catalog.getEndpoints()) {
			for (PortSpec port : endpoint.getPorts()) {
				Object slot = planOne(endpoint, port, plan.slots.size());
				if (slot instanceof ProbeTask) {
					plan.tasks.add((ProbeTask) slot);
				} else {
					plan.immediate.add((ProbeResult) slot);
				}
				plan.slots.add(slot);
			}
		}
		return plan;
	}

	private Object planOne(EffectiveEndpoint endpoint, PortSpec port, int index) {
		HostPattern pattern = endpoint.getHostPattern();
		Optional<String> host = Optional.empty();
		if (!pattern.hasPlaceholders()) {
			host = pattern.hasWildcard() ? endpoint.getProbeHost().map(h -> h.trim().toLowerCase(java.util.Locale.ROOT)) : Optional.of(pattern.text());
		}
		boolean noInspection = has(endpoint, host.orElse(null), ConstraintKind.NO_TLS_INSPECTION);
		boolean tls12 = has(endpoint, host.orElse(null), ConstraintKind.TLS12_CIPHER_SUITES);
		String scheme = schemeOf(endpoint.getScheme(), port);
		ProbeResult.Builder result = ProbeResult.builder(endpoint.getPattern()).host(host.orElse(null)).port(port.getFrom())
				.transport(port.getTransport().getLiteral()).scheme(scheme).areas(endpoint.getAreaIds()).required(endpoint.isRequired())
				.noTlsInspection(noInspection);
		if (port.getTransport() == Transport.UDP) {
			return result.scheme(null).outcome(Outcome.NOT_TESTABLE_TRANSPORT)
					.detail("UDP " + portText(port) + ": the probe tests TCP with TLS or HTTP only").build();
		}
		if (port.isRange()) {
			return result.outcome(Outcome.NOT_TESTABLE_TRANSPORT).detail("TCP port range " + portText(port) + ": the probe tests single web ports only")
					.build();
		}
		if (scheme == null) {
			return result.outcome(Outcome.NOT_TESTABLE_TRANSPORT)
					.detail("TCP " + port.getFrom() + " speaks neither HTTP nor TLS as far as the catalog says").build();
		}
		if (pattern.hasPlaceholders()) {
			return result.outcome(Outcome.NOT_TESTABLE_PARAMETER).detail("unresolved " + String.join(", ", braces(pattern)) + ": give "
					+ String.join(" ", pattern.placeholders().stream().map(p -> "--param " + p + "=VALUE").toArray(String[]::new))).build();
		}
		if (host.isEmpty()) {
			return result.outcome(Outcome.NOT_TESTABLE_WILDCARD)
					.detail("a wildcard without a probeHost in the catalog; the probe never guesses a host under it").build();
		}
		String path = endpoint.getPathAndQuery();
		boolean urlEntry = path != null && !path.isEmpty();
		return new ProbeTask(index, endpoint.getPattern(), host.get(), port.getFrom(), scheme.equals("https"), urlEntry ? path : "/", urlEntry,
				tls12, noInspection, endpoint.isRequired(), new ArrayList<>(endpoint.getAreaIds()));
	}

	private static List<String> braces(HostPattern pattern) {
		List<String> names = new ArrayList<>();
		new TreeSet<>(pattern.placeholders()).forEach(p -> names.add("{" + p + "}"));
		return names;
	}

	private static String portText(PortSpec port) {
		return port.isRange() ? port.getFrom() + "-" + port.getTo() : String.valueOf(port.getFrom());
	}

	/** https or http for the port, or {@code null} for a port of an "any" entry that is neither 80 nor 443. */
	static String schemeOf(Scheme scheme, PortSpec port) {
		if (port.getTransport() != Transport.TCP) {
			return null;
		}
		switch (scheme) {
		case HTTPS:
			return "https";
		case HTTP:
			return "http";
		default:
			return port.getFrom() == 443 ? "https" : port.getFrom() == 80 ? "http" : null;
		}
	}

	/** Whether the endpoint, or a policy whose pattern covers it, carries the constraint. */
	private boolean has(EffectiveEndpoint endpoint, String host, ConstraintKind kind) {
		if (endpoint.getConstraints().stream().anyMatch(c -> c.getKind() == kind)) {
			return true;
		}
		for (Policy policy : policies) {
			if (policy.getConstraints().stream().anyMatch(c -> c.getKind() == kind) && covers(policy.getPattern(), endpoint.getPattern(), host)) {
				return true;
			}
		}
		return false;
	}

	/** A policy pattern covers an endpoint when it is the same pattern, or matches its host or its wildcard's domain. */
	static boolean covers(String policyPattern, String endpointPattern, String host) {
		if (policyPattern == null) {
			return false;
		}
		String policy = policyPattern.trim().toLowerCase(java.util.Locale.ROOT);
		if (policy.equals(endpointPattern)) {
			return true;
		}
		HostPattern parsed;
		try {
			parsed = HostPattern.parse(policy);
		} catch (InvalidHostPatternException e) {
			return false;
		}
		if (host != null && parsed.matches(host)) {
			return true;
		}
		// a wildcard endpoint under the policy's wildcard: *.a.example.com under *.example.com
		String sample = endpointPattern.replace("*", "x").replaceAll("\\{[^}]*\\}", "x");
		return parsed.matches(sample);
	}
}
