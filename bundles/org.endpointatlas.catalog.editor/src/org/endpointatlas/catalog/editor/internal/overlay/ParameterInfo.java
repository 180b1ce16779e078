package org.endpointatlas.catalog.editor.internal.overlay;

import java.util.List;

/** A parameter the catalogs declare, as the overlay editor offers it: a text field, or a drop-down for choices. */
final class ParameterInfo {

	final String name;
	final String description;
	final String example;
	/** The values of a choice parameter; empty for free text. */
	final List<String> choices;

	ParameterInfo(String name, String description, String example, List<String> choices) {
		this.name = name;
		this.description = description;
		this.example = example;
		this.choices = List.copyOf(choices);
	}

	@Override
	public boolean equals(Object other) {
		return other instanceof ParameterInfo && ((ParameterInfo) other).name.equals(name) && ((ParameterInfo) other).choices.equals(choices);
	}

	@Override
	public int hashCode() {
		return name.hashCode();
	}
}
