package org.endpointatlas.core.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.endpointatlas.catalog.model.Constraint;
import org.endpointatlas.catalog.model.Policy;
import org.endpointatlas.core.ContributedCatalog;
import org.endpointatlas.core.EffectiveEndpoint;
import org.endpointatlas.core.pattern.HostPattern;
import org.endpointatlas.core.pattern.InvalidHostPatternException;

/**
 * {@code --constraint KIND}: keeps the entries that carry a constraint of one of the given kinds, either on a
 * contributing catalog entry or through a {@link Policy} of any known catalog whose pattern covers the entry (a policy
 * states a fact about a host wherever it appears, so it applies across catalogs and areas).
 */
final class ConstraintFilter {

	private final Set<String> kinds;
	private final List<HostPattern> policyPatterns;

	private ConstraintFilter(Set<String> kinds, List<HostPattern> policyPatterns) {
		this.kinds = kinds;
		this.policyPatterns = policyPatterns;
	}

	static ConstraintFilter of(List<ContributedCatalog> catalogs, Set<String> kinds) {
		List<HostPattern> patterns = new ArrayList<>();
		for (ContributedCatalog catalog : catalogs) {
			for (Policy policy : catalog.getCatalog().getPolicies()) {
				if (policy.getPattern() != null && policy.getConstraints().stream().anyMatch(c -> hasKind(c, kinds))) {
					patterns.add(parse(policy.getPattern()));
				}
			}
		}
		return new ConstraintFilter(kinds, patterns);
	}

	List<EffectiveEndpoint> apply(List<EffectiveEndpoint> endpoints) {
		return endpoints.stream().filter(this::keeps).collect(Collectors.toList());
	}

	private boolean keeps(EffectiveEndpoint endpoint) {
		if (endpoint.getConstraints().stream().anyMatch(c -> hasKind(c, kinds))) {
			return true;
		}
		return policyPatterns.stream().anyMatch(policy -> covers(policy, endpoint.getHostPattern()));
	}

	private static boolean hasKind(Constraint constraint, Set<String> kinds) {
		return constraint.getKind() != null && kinds.contains(constraint.getKind().getLiteral());
	}

	/**
	 * Whether every host the entry pattern matches is matched by the policy pattern: the same text, or a policy wildcard
	 * that matches a sample of the entry (its wildcard and placeholders replaced by one ordinary label). A concrete
	 * policy host never covers a wildcard entry.
	 */
	static boolean covers(HostPattern policy, HostPattern entry) {
		if (policy.text().equals(entry.text())) {
			return true;
		}
		if (!policy.hasWildcard()) {
			return false;
		}
		String sample = entry.hasPlaceholders() ? entry.text().replaceAll("\\{[a-z][a-z0-9-]*\\}", "x") : entry.text();
		if (sample.startsWith("*")) {
			sample = "x" + sample.substring(1);
		}
		return policy.matches(sample);
	}

	private static HostPattern parse(String text) {
		try {
			return HostPattern.parse(text);
		} catch (InvalidHostPatternException e) {
			// the loader rejects such files; a computed contribution that slips one in is a programming error
			throw new IllegalStateException(e.getMessage(), e);
		}
	}
}
