package org.endpointatlas.core;

/** A selection that cannot be composed: an unknown area, role or parameter (the message lists the known ones), or a parameter value that does not fit its type. */
public class InvalidSelectionException extends IllegalArgumentException {

	private static final long serialVersionUID = 1L;

	public InvalidSelectionException(String message) {
		super(message);
	}
}
