package org.endpointatlas.core.pattern;

/**
 * A host pattern that breaks the rules of {@link HostPattern}. The message is one line: the value and the reason.
 */
public class InvalidHostPatternException extends Exception {

	private static final long serialVersionUID = 1L;

	private final String value;
	private final String reason;

	public InvalidHostPatternException(String value, String reason) {
		super("invalid host pattern \"" + value + "\": " + reason);
		this.value = value;
		this.reason = reason;
	}

	public String getValue() {
		return value;
	}

	public String getReason() {
		return reason;
	}
}
