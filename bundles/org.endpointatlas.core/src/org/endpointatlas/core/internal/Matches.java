package org.endpointatlas.core.internal;

import org.endpointatlas.catalog.model.EndpointMatch;

/**
 * What an overlay operation selects: entries whose current pattern is the match's pattern (the template text for
 * templates), within its areas and roles. No pattern selects every entry in scope; no match selects nothing.
 */
final class Matches {

	private Matches() {
	}

	static boolean selects(EndpointMatch match, WorkingEntry entry) {
		if (match == null) {
			return false;
		}
		boolean pattern = match.getPattern() == null || match.getPattern().equalsIgnoreCase(entry.endpoint().getPattern());
		boolean area = match.getAreas().isEmpty() || match.getAreas().contains(entry.area.getId());
		boolean role = match.getRoles().isEmpty() || entry.endpoint().getRoles().stream().anyMatch(match.getRoles()::contains);
		return pattern && area && role;
	}

	static String describe(EndpointMatch match) {
		if (match == null) {
			return "(no match element)";
		}
		StringBuilder text = new StringBuilder(match.getPattern() == null ? "every entry" : match.getPattern());
		if (!match.getAreas().isEmpty()) {
			text.append(" in area ").append(String.join(", ", match.getAreas()));
		}
		if (!match.getRoles().isEmpty()) {
			text.append(" for role ").append(String.join(", ", match.getRoles()));
		}
		return text.toString();
	}
}
