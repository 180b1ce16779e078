package org.endpointatlas.cli.internal;

/** Bad usage or bad input: exit code 2 and the message as one line on stderr. */
final class UsageException extends Exception {

	private static final long serialVersionUID = 1L;

	UsageException(String message) {
		super(message);
	}
}
