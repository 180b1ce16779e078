package org.endpointatlas.core.internal;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

import org.endpointatlas.catalog.model.Endpoint;
import org.endpointatlas.catalog.model.Parameter;
import org.endpointatlas.catalog.model.ParameterChoice;
import org.endpointatlas.catalog.model.ParameterType;
import org.endpointatlas.core.ContributedCatalog;
import org.endpointatlas.core.InvalidSelectionException;
import org.endpointatlas.core.ParameterValues;
import org.endpointatlas.core.pattern.HostPattern;
import org.endpointatlas.core.pattern.InvalidHostPatternException;

/**
 * The checked {@code --param} values of a selection: their substitution into host patterns, and the hosts that a
 * choice parameter (e.g. the Intune tenant location) rules out.
 */
final class Placeholders {

	private final Map<String, String> values;
	/** Hosts that belong to a choice other than the one given, e.g. the storage hosts of other Intune regions. */
	private final Set<String> otherChoicesHosts = new HashSet<>();

	private Placeholders(Map<String, String> values) {
		this.values = values;
	}

	/** Whether a given choice parameter rules the entry out: it belongs only to choices other than the given one. */
	boolean excludes(Endpoint endpoint) {
		return !otherChoicesHosts.isEmpty() && otherChoicesHosts.contains(endpoint.getPattern());
	}

	private void choose(Parameter parameter, String value) {
		Set<String> chosen = new HashSet<>();
		for (ParameterChoice choice : parameter.getChoices()) {
			(ParameterValues.normalise(choice.getValue()).equals(value) ? chosen : otherChoicesHosts).addAll(choice.getHosts());
		}
		otherChoicesHosts.removeAll(chosen);
	}

	/**
	 * @throws InvalidSelectionException for a name no catalog declares, or a value that does not fit the parameter's type
	 */
	static Placeholders of(List<ContributedCatalog> catalogs, Map<String, String> requested) {
		Map<String, Parameter> declared = new TreeMap<>();
		catalogs.forEach(c -> c.getCatalog().getParameters().forEach(p -> declared.putIfAbsent(p.getName(), p)));
		Map<String, String> values = new LinkedHashMap<>();
		for (Map.Entry<String, String> entry : requested.entrySet()) {
			Parameter parameter = declared.get(entry.getKey());
			if (parameter == null) {
				throw new InvalidSelectionException("unknown parameter \"" + entry.getKey() + "\" in --param " + entry.getKey() + "="
						+ entry.getValue() + " (known: " + String.join(", ", declared.keySet()) + ")");
			}
			Optional<String> problem = ParameterValues.problem(parameter, entry.getValue());
			if (problem.isPresent()) {
				throw new InvalidSelectionException("--param " + entry.getKey() + "=" + entry.getValue() + ": " + problem.get());
			}
			values.put(entry.getKey(), ParameterValues.normalise(entry.getValue()));
		}
		Placeholders placeholders = new Placeholders(values);
		values.forEach((name, value) -> {
			if (declared.get(name).getType() == ParameterType.CHOICE) {
				placeholders.choose(declared.get(name), value);
			}
		});
		return placeholders;
	}

	HostPattern resolve(HostPattern pattern) {
		if (!pattern.hasPlaceholders()) {
			return pattern;
		}
		String resolved = pattern.resolve(values);
		try {
			return HostPattern.parse(resolved);
		} catch (InvalidHostPatternException e) {
			throw new InvalidSelectionException("--param values make " + pattern + " an invalid host: " + e.getReason());
		}
	}
}
