package org.endpointatlas.core.io;

import java.util.HashSet;
import java.util.Set;

import org.eclipse.emf.ecore.EObject;
import org.endpointatlas.catalog.model.AddArea;
import org.endpointatlas.catalog.model.AddEndpoint;
import org.endpointatlas.catalog.model.Catalog;
import org.endpointatlas.catalog.model.Endpoint;
import org.endpointatlas.catalog.model.EndpointMatch;
import org.endpointatlas.catalog.model.FeatureArea;
import org.endpointatlas.catalog.model.Operation;
import org.endpointatlas.catalog.model.Overlay;
import org.endpointatlas.catalog.model.Policy;
import org.endpointatlas.catalog.model.RemoveEndpoints;
import org.endpointatlas.catalog.model.ReplacePattern;
import org.endpointatlas.catalog.model.PatchEndpoints;
import org.endpointatlas.core.pattern.HostPattern;
import org.endpointatlas.core.pattern.InvalidHostPatternException;

/**
 * The checks that make a file unloadable (exit 2): broken host patterns and missing or duplicate ids. Everything else
 * is a lint warning, see {@code org.endpointatlas.core.lint}.
 */
final class CatalogChecks {

	private final LineTrackingXMIResource resource;
	private final String file;

	private CatalogChecks(LineTrackingXMIResource resource, String file) {
		this.resource = resource;
		this.file = file;
	}

	static void check(Catalog catalog, LineTrackingXMIResource resource, String file) throws CatalogLoadException {
		CatalogChecks checks = new CatalogChecks(resource, file);
		Set<String> areaIds = new HashSet<>();
		for (FeatureArea area : catalog.getAreas()) {
			checks.requireId(area, area.getId(), "area");
			if (!areaIds.add(area.getId())) {
				throw checks.error(area, area.getId(), "duplicate area id");
			}
			checks.checkArea(area);
		}
		for (Policy policy : catalog.getPolicies()) {
			checks.checkPattern(policy, policy.getPattern());
		}
	}

	static void check(Overlay overlay, LineTrackingXMIResource resource, String file) throws CatalogLoadException {
		CatalogChecks checks = new CatalogChecks(resource, file);
		for (Operation operation : overlay.getOperations()) {
			checks.checkOperation(operation);
		}
	}

	private void checkArea(FeatureArea area) throws CatalogLoadException {
		for (Endpoint endpoint : area.getEndpoints()) {
			checkEndpoint(endpoint);
		}
	}

	private void checkEndpoint(Endpoint endpoint) throws CatalogLoadException {
		checkPattern(endpoint, endpoint.getPattern());
		checkPath(endpoint, endpoint.getPathAndQuery());
		String probeHost = endpoint.getProbeHost();
		if (probeHost != null) {
			HostPattern probe = checkPattern(endpoint, probeHost);
			if (probe.hasWildcard() || probe.hasPlaceholders()) {
				throw error(endpoint, probeHost, "a probe host must be a concrete host");
			}
		}
	}

	private void checkOperation(Operation operation) throws CatalogLoadException {
		if (operation instanceof AddArea && ((AddArea) operation).getArea() != null) {
			FeatureArea area = ((AddArea) operation).getArea();
			requireId(area, area.getId(), "area");
			checkArea(area);
		} else if (operation instanceof AddEndpoint && ((AddEndpoint) operation).getEndpoint() != null) {
			checkEndpoint(((AddEndpoint) operation).getEndpoint());
		} else if (operation instanceof ReplacePattern) {
			ReplacePattern replace = (ReplacePattern) operation;
			checkMatch(replace.getMatch());
			if (!replace.isNotDocumented()) {
				checkPattern(operation, replace.getReplacement());
			}
		} else if (operation instanceof RemoveEndpoints) {
			checkMatch(((RemoveEndpoints) operation).getMatch());
		} else if (operation instanceof PatchEndpoints) {
			checkMatch(((PatchEndpoints) operation).getMatch());
		}
	}

	private void checkMatch(EndpointMatch match) throws CatalogLoadException {
		if (match != null && match.getPattern() != null) {
			checkPattern(match, match.getPattern());
		}
	}

	private HostPattern checkPattern(EObject owner, String pattern) throws CatalogLoadException {
		if (pattern == null) {
			throw error(owner, owner.eClass().getName(), "missing attribute \"pattern\"");
		}
		try {
			return HostPattern.parse(pattern);
		} catch (InvalidHostPatternException e) {
			throw error(owner, "\"" + printable(e.getValue()) + "\"", "invalid host pattern (" + e.getReason() + ")");
		}
	}

	/**
	 * A path goes into URL lists, PAC comments, squid and firewall warnings as it is, so it is held to a strict subset of
	 * RFC 3986: it starts with {@code /} and has only letters, digits, {@code - . _ ~ / ? = & + : @ ,} and
	 * {@code %XX} escapes. Quotes, backslashes, spaces, {@code #}, {@code |}, {@code ;}, parentheses, angle brackets and
	 * control characters are refused.
	 */
	private void checkPath(Endpoint endpoint, String path) throws CatalogLoadException {
		if (path != null && !PATH.matcher(path).matches()) {
			throw error(endpoint, "\"" + printable(path) + "\"", "invalid path (it must start with '/' and use only letters, digits,"
					+ " - . _ ~ / ? = & + : @ , and %XX escapes)");
		}
	}

	private static final java.util.regex.Pattern PATH = java.util.regex.Pattern
			.compile("/(?:[A-Za-z0-9._~/?=&+:@,-]|%[0-9A-Fa-f]{2})*");

	/** The value with control and line-separator characters as backslash-u escapes, so the error stays one line. */
	private static String printable(String value) {
		StringBuilder out = new StringBuilder();
		for (char c : value.toCharArray()) {
			out.append(Character.isISOControl(c) || c == '\u2028' || c == '\u2029' ? String.format("\\u%04x", (int) c) : String.valueOf(c));
		}
		return out.toString();
	}

	private void requireId(EObject owner, String id, String what) throws CatalogLoadException {
		if (id == null || id.isBlank()) {
			throw error(owner, what, "missing attribute \"id\"");
		}
	}

	private CatalogLoadException error(EObject owner, String value, String reason) {
		return new CatalogLoadException(file, resource.lineOf(owner), value, reason);
	}
}
