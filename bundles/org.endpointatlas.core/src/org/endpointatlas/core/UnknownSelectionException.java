package org.endpointatlas.core;

/** A selection names an area or role that no catalog provides. The message lists what is known. */
public class UnknownSelectionException extends IllegalArgumentException {

	private static final long serialVersionUID = 1L;

	public UnknownSelectionException(String message) {
		super(message);
	}
}
