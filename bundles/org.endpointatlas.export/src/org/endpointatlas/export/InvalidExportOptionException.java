package org.endpointatlas.export;

/**
 * A format option value that an exporter cannot use, e.g. {@code --pac-match "DIRECT\"; evil()"}. The message is one
 * line for stderr; the CLI exits 2 and writes nothing.
 */
public class InvalidExportOptionException extends IllegalArgumentException {

	private static final long serialVersionUID = 1L;

	public InvalidExportOptionException(String message) {
		super(message);
	}
}
