package org.endpointatlas.core;

/** An overlay that cannot be applied: an unknown area or parameter, an operation that matches nothing, a conflict. */
public class OverlayException extends InvalidSelectionException {

	private static final long serialVersionUID = 1L;

	/** @param location {@code file:line} of the operation */
	public OverlayException(String location, String message) {
		super(location + ": " + message);
	}
}
