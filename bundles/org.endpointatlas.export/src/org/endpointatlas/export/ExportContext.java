package org.endpointatlas.export;

import java.util.Map;
import java.util.TreeMap;
import java.util.function.Consumer;

/** Format options ({@code --pac-match ACTION} and friends) and a channel for warnings that go to stderr. */
public final class ExportContext {

	private final Map<String, String> options;
	private final Consumer<String> warnings;

	public ExportContext(Map<String, String> options, Consumer<String> warnings) {
		this.options = new TreeMap<>(options);
		this.warnings = warnings;
	}

	public String option(String name, String defaultValue) {
		return options.getOrDefault(name, defaultValue);
	}

	/** A format option that takes no value, such as {@code header}: true when given as {@code "true"}. */
	public boolean flag(String name) {
		return Boolean.parseBoolean(options.get(name));
	}

	public Map<String, String> options() {
		return options;
	}

	public void warn(String message) {
		warnings.accept(message);
	}
}
