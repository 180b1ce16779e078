package org.endpointatlas.core.io;

/**
 * A catalog or overlay file that cannot be loaded. {@link #getMessage()} is the one line a user sees:
 * {@code file:line: reason: value}.
 */
public class CatalogLoadException extends Exception {

	private static final long serialVersionUID = 1L;

	private final String file;
	private final int line;
	private final String value;
	private final String reason;

	public CatalogLoadException(String file, int line, String value, String reason) {
		super(format(file, line, value, reason));
		this.file = file;
		this.line = line;
		this.value = value;
		this.reason = reason;
	}

	private static String format(String file, int line, String value, String reason) {
		String where = line > 0 ? file + ":" + line : file;
		String what = value == null || value.isEmpty() ? "" : ": " + value;
		return where + ": " + reason + what;
	}

	public String getFile() {
		return file;
	}

	/** 1-based line, or 0 when the line is unknown. */
	public int getLine() {
		return line;
	}

	public String getValue() {
		return value;
	}

	public String getReason() {
		return reason;
	}
}
