package org.endpointatlas.core.internal;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import org.endpointatlas.catalog.model.Parameter;
import org.endpointatlas.core.ContributedCatalog;
import org.endpointatlas.core.InvalidSelectionException;
import org.endpointatlas.core.ParameterValues;
import org.endpointatlas.core.pattern.HostPattern;
import org.endpointatlas.core.pattern.InvalidHostPatternException;

/** The checked {@code --param} values of a selection, and their substitution into host patterns. */
final class Placeholders {

	private final Map<String, String> values;

	private Placeholders(Map<String, String> values) {
		this.values = values;
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
		return new Placeholders(values);
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
