package org.endpointatlas.core.lint;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.endpointatlas.catalog.model.Catalog;
import org.endpointatlas.catalog.model.Endpoint;
import org.endpointatlas.catalog.model.FeatureArea;
import org.endpointatlas.catalog.model.Parameter;
import org.endpointatlas.catalog.model.Role;
import org.endpointatlas.catalog.model.Scheme;
import org.endpointatlas.catalog.model.SourceDocument;
import org.endpointatlas.catalog.model.SourceRef;
import org.endpointatlas.catalog.model.Status;
import org.endpointatlas.core.Lifecycle;
import org.endpointatlas.core.io.LineTrackingXMIResource;
import org.endpointatlas.core.pattern.HostPattern;
import org.endpointatlas.core.pattern.InvalidHostPatternException;

/**
 * Findings that do not stop a file from loading (load errors are {@code CatalogLoadException}s):
 * <ul>
 * <li>errors: a URL entry without a scheme, malformed or out-of-order lifecycle dates, a placeholder that no parameter
 * declares;</li>
 * <li>warnings: duplicates and case duplicates within an area, a dangling {@code seeAlso}, a wildcard over a
 * private-section public suffix, an unknown role or document, a retired entry without a date, an entry without a
 * source.</li>
 * </ul>
 */
public final class Linter {

	private static final Pattern ISO_DATE = Pattern.compile("\\d{4}-\\d{2}(-\\d{2})?");

	private final String file;
	private final LintContext context;
	private final List<Problem> problems = new ArrayList<>();
	private final Set<String> documents = new HashSet<>();

	private Linter(String file, LintContext context) {
		this.file = file;
		this.context = context;
	}

	/** Lints a loaded catalog or overlay on its own; {@code file} names it in the findings. */
	public static List<Problem> lint(EObject root, String file) {
		return lint(root, file, LintContext.empty());
	}

	/** Lints a loaded catalog or overlay; ids that {@code context} knows are not dangling. */
	public static List<Problem> lint(EObject root, String file, LintContext context) {
		Linter linter = new Linter(file, context);
		if (root instanceof Catalog) {
			linter.lintCatalog((Catalog) root);
		}
		return linter.problems;
	}

	private void lintCatalog(Catalog catalog) {
		context.add(catalog);
		catalog.getSources().stream().map(SourceDocument::getId).forEach(documents::add);
		for (FeatureArea area : catalog.getAreas()) {
			area.getSources().forEach(ref -> lintSource(area, ref));
			area.getSeeAlso().stream().filter(id -> !context.knowsArea(id))
					.forEach(id -> warn(area, "area " + area.getId() + ": seeAlso \"" + id + "\" names no known area or catalog"));
			Map<String, Endpoint> seen = new HashMap<>();
			for (Endpoint endpoint : area.getEndpoints()) {
				lintEndpoint(endpoint);
				lintDuplicate(endpoint, seen);
			}
		}
		for (Role role : catalog.getRoles()) {
			role.getSources().forEach(ref -> lintSource(role, ref));
		}
		for (Parameter parameter : catalog.getParameters()) {
			parameter.getSources().forEach(ref -> lintSource(parameter, ref));
		}
	}

	private void lintDuplicate(Endpoint endpoint, Map<String, Endpoint> seen) {
		String key = endpoint.getPattern().toLowerCase(Locale.ROOT) + " " + endpoint.getScheme() + " " + endpoint.getPorts().stream()
				.map(p -> p.getTransport() + "/" + p.getFrom() + "-" + p.getTo()).sorted().toList() + " " + endpoint.getPathAndQuery();
		Endpoint first = seen.putIfAbsent(key, endpoint);
		if (first != null) {
			String kind = first.getPattern().equals(endpoint.getPattern()) ? "duplicate" : "case duplicate";
			warn(endpoint, endpoint.getPattern() + ": " + kind + " of the entry on line " + lineOf(first));
		}
	}

	private void lintEndpoint(Endpoint endpoint) {
		String name = endpoint.getPattern();
		parsed(name).ifPresent(pattern -> {
			pattern.warnings().forEach(w -> warn(endpoint, name + ": " + w));
			pattern.placeholders().stream().filter(p -> !context.knowsParameter(p))
					.forEach(p -> error(endpoint, name + ": placeholder {" + p + "} cannot be resolved: no catalog declares parameter \"" + p + "\""));
		});
		endpoint.getRoles().stream().filter(r -> !context.knowsRole(r))
				.forEach(r -> warn(endpoint, name + ": role \"" + r + "\" is not defined"));
		endpoint.getSources().forEach(ref -> lintSource(endpoint, ref));
		if (endpoint.getPathAndQuery() != null && endpoint.getScheme() == Scheme.ANY) {
			error(endpoint, name + endpoint.getPathAndQuery() + ": a URL entry needs a scheme (http or https)");
		}
		lintDates(endpoint);
		if (endpoint.getStatus() == Status.RETIRED && endpoint.getValidUntil() == null) {
			warn(endpoint, name + ": retired without validUntil");
		}
		if (endpoint.getSources().isEmpty()) {
			warn(endpoint, name + ": no source: say which document and section it comes from");
		}
	}

	private void lintDates(Endpoint endpoint) {
		boolean wellFormed = checkDate(endpoint, "validFrom", endpoint.getValidFrom()) & checkDate(endpoint, "validUntil", endpoint.getValidUntil());
		Optional<java.time.LocalDate> from = Lifecycle.parse(endpoint.getValidFrom());
		Optional<java.time.LocalDate> until = Lifecycle.parse(endpoint.getValidUntil());
		if (wellFormed && from.isPresent() && until.isPresent() && from.get().isAfter(until.get())) {
			error(endpoint, endpoint.getPattern() + ": validFrom " + endpoint.getValidFrom() + " is after validUntil " + endpoint.getValidUntil());
		}
	}

	private boolean checkDate(Endpoint endpoint, String name, String value) {
		if (value != null && (!ISO_DATE.matcher(value).matches() || Lifecycle.parse(value).isEmpty())) {
			error(endpoint, endpoint.getPattern() + ": " + name + " \"" + value + "\" is not an ISO date (2025-03 or 2025-03-01)");
			return false;
		}
		return true;
	}

	private void lintSource(EObject owner, SourceRef ref) {
		if (ref.getDocument() == null || !documents.contains(ref.getDocument())) {
			warn(owner, "source document \"" + ref.getDocument() + "\" is not declared in this catalog's sources");
		}
	}

	private static Optional<HostPattern> parsed(String text) {
		try {
			return Optional.of(HostPattern.parse(text));
		} catch (InvalidHostPatternException e) {
			return Optional.empty();
		}
	}

	private void warn(EObject owner, String message) {
		problems.add(new Problem(Problem.Severity.WARNING, file, lineOf(owner), message));
	}

	private void error(EObject owner, String message) {
		problems.add(new Problem(Problem.Severity.ERROR, file, lineOf(owner), message));
	}

	private static int lineOf(EObject object) {
		Resource resource = object.eResource();
		return resource instanceof LineTrackingXMIResource ? ((LineTrackingXMIResource) resource).lineOf(object) : 0;
	}
}
