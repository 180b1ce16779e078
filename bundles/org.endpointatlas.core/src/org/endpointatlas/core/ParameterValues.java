package org.endpointatlas.core;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.endpointatlas.catalog.model.Parameter;
import org.endpointatlas.catalog.model.ParameterChoice;

/** Checks a {@code --param} value against the type of its {@link Parameter}. Values are case-insensitive host parts. */
public final class ParameterValues {

	private static final Pattern DNS_LABEL = Pattern.compile("[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?");
	private static final Pattern REGION = Pattern.compile("[a-z][a-z0-9]{1,40}");

	private ParameterValues() {
	}

	/** Why {@code value} does not fit {@code parameter}, or empty when it does. */
	public static Optional<String> problem(Parameter parameter, String value) {
		String text = normalise(value);
		switch (parameter.getType()) {
		case DNS_LABEL:
			return DNS_LABEL.matcher(text).matches() ? Optional.empty()
					: Optional.of("not a DNS label (letters, digits and inner hyphens, at most 63 characters)");
		case FQDN:
			return isFqdn(text) ? Optional.empty() : Optional.of("not a fully qualified host name such as sup01.corp.contoso.com");
		case REGION:
			return REGION.matcher(text).matches() ? Optional.empty() : Optional.of("not an Azure region name such as westus2");
		default:
			return choiceProblem(parameter, text);
		}
	}

	/** Host names are case-insensitive; the catalog stores lowercase. */
	public static String normalise(String value) {
		return value.trim().toLowerCase(Locale.ROOT);
	}

	private static boolean isFqdn(String text) {
		String[] labels = text.split("\\.", -1);
		if (labels.length < 2 || text.length() > 253) {
			return false;
		}
		for (String label : labels) {
			if (!DNS_LABEL.matcher(label).matches()) {
				return false;
			}
		}
		return true;
	}

	private static Optional<String> choiceProblem(Parameter parameter, String text) {
		boolean known = parameter.getChoices().stream().anyMatch(c -> normalise(c.getValue()).equals(text));
		if (known) {
			return Optional.empty();
		}
		return Optional.of("not one of " + parameter.getChoices().stream().map(ParameterChoice::getValue).collect(Collectors.joining(", ")));
	}
}
