package org.endpointatlas.core.lint;

/** One lint finding: {@code file:line: warning: message}. */
public final class Problem {

	/** How bad a finding is. */
	public enum Severity {
		ERROR, WARNING
	}

	private final Severity severity;
	private final String file;
	private final int line;
	private final String message;

	public Problem(Severity severity, String file, int line, String message) {
		this.severity = severity;
		this.file = file;
		this.line = line;
		this.message = message;
	}

	public Severity getSeverity() {
		return severity;
	}

	public boolean isError() {
		return severity == Severity.ERROR;
	}

	public String getFile() {
		return file;
	}

	public int getLine() {
		return line;
	}

	public String getMessage() {
		return message;
	}

	@Override
	public String toString() {
		return file + (line > 0 ? ":" + line : "") + ": " + severity.name().toLowerCase() + ": " + message;
	}
}
