package org.endpointatlas.core.lint;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.endpointatlas.catalog.model.Catalog;
import org.endpointatlas.catalog.model.Endpoint;
import org.endpointatlas.catalog.model.FeatureArea;
import org.endpointatlas.catalog.model.Parameter;
import org.endpointatlas.catalog.model.Role;
import org.endpointatlas.catalog.model.SourceDocument;
import org.endpointatlas.catalog.model.SourceRef;
import org.endpointatlas.catalog.model.Status;
import org.endpointatlas.core.io.LineTrackingXMIResource;
import org.endpointatlas.core.pattern.HostPattern;
import org.endpointatlas.core.pattern.InvalidHostPatternException;

/**
 * Findings that do not stop a file from loading: a wildcard over a private public-suffix entry, references to roles,
 * parameters or documents the file does not define, malformed dates, and retired entries without a date.
 */
public final class Linter {

	private static final Pattern ISO_DATE = Pattern.compile("\\d{4}-\\d{2}(-\\d{2})?");

	private final String file;
	private final List<Problem> problems = new ArrayList<>();
	private final Set<String> documents = new HashSet<>();
	private final Set<String> roles = new HashSet<>();
	private final Set<String> parameters = new HashSet<>();

	private Linter(String file) {
		this.file = file;
	}

	/** Lints a loaded catalog or overlay; {@code file} names it in the findings. */
	public static List<Problem> lint(EObject root, String file) {
		Linter linter = new Linter(file);
		if (root instanceof Catalog) {
			linter.lintCatalog((Catalog) root);
		}
		return linter.problems;
	}

	private void lintCatalog(Catalog catalog) {
		catalog.getSources().stream().map(SourceDocument::getId).forEach(documents::add);
		catalog.getRoles().stream().map(Role::getId).forEach(roles::add);
		catalog.getParameters().stream().map(Parameter::getName).forEach(parameters::add);
		for (FeatureArea area : catalog.getAreas()) {
			area.getSources().forEach(ref -> lintSource(area, ref));
			area.getEndpoints().forEach(this::lintEndpoint);
		}
	}

	private void lintEndpoint(Endpoint endpoint) {
		HostPattern pattern = parsed(endpoint.getPattern());
		if (pattern != null) {
			pattern.warnings().forEach(w -> warn(endpoint, endpoint.getPattern() + ": " + w));
			pattern.placeholders().stream().filter(p -> !parameters.contains(p))
					.forEach(p -> warn(endpoint, endpoint.getPattern() + ": parameter {" + p + "} is not declared in this catalog"));
		}
		endpoint.getRoles().stream().filter(r -> !roles.contains(r))
				.forEach(r -> warn(endpoint, endpoint.getPattern() + ": role \"" + r + "\" is not defined in this catalog"));
		endpoint.getSources().forEach(ref -> lintSource(endpoint, ref));
		lintDate(endpoint, "validFrom", endpoint.getValidFrom());
		lintDate(endpoint, "validUntil", endpoint.getValidUntil());
		if (endpoint.getStatus() == Status.RETIRED && endpoint.getValidUntil() == null) {
			warn(endpoint, endpoint.getPattern() + ": retired without validUntil");
		}
		if (endpoint.getSources().isEmpty()) {
			warn(endpoint, endpoint.getPattern() + ": no source: say which document and section it comes from");
		}
	}

	private void lintSource(EObject owner, SourceRef ref) {
		if (ref.getDocument() == null || !documents.contains(ref.getDocument())) {
			warn(owner, "source document \"" + ref.getDocument() + "\" is not declared in this catalog's sources");
		}
	}

	private void lintDate(Endpoint endpoint, String name, String value) {
		if (value != null && !ISO_DATE.matcher(value).matches()) {
			problems.add(new Problem(Problem.Severity.ERROR, file, lineOf(endpoint),
					endpoint.getPattern() + ": " + name + " \"" + value + "\" is not an ISO date (2025-03 or 2025-03-01)"));
		}
	}

	private static HostPattern parsed(String text) {
		try {
			return HostPattern.parse(text);
		} catch (InvalidHostPatternException e) {
			return null;
		}
	}

	private void warn(EObject owner, String message) {
		problems.add(new Problem(Problem.Severity.WARNING, file, lineOf(owner), message));
	}

	private static int lineOf(EObject object) {
		Resource resource = object.eResource();
		return resource instanceof LineTrackingXMIResource ? ((LineTrackingXMIResource) resource).lineOf(object) : 0;
	}
}
