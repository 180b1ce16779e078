package org.endpointatlas.export;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayDeque;
import java.util.Deque;

/**
 * A small streaming JSON writer with two-space indentation and full string escaping. Enough for our exports and
 * {@code --format json} listings; no third-party JSON library is needed at run time.
 */
public final class JsonWriter {

	private final Writer out;
	private final Deque<Boolean> firstInScope = new ArrayDeque<>();
	private boolean afterName;

	public JsonWriter(Writer out) {
		this.out = out;
	}

	public JsonWriter beginObject() throws IOException {
		return open('{');
	}

	public JsonWriter endObject() throws IOException {
		return close('}');
	}

	public JsonWriter beginArray() throws IOException {
		return open('[');
	}

	public JsonWriter endArray() throws IOException {
		return close(']');
	}

	public JsonWriter name(String name) throws IOException {
		separate();
		string(name);
		out.write(": ");
		afterName = true;
		return this;
	}

	public JsonWriter value(String value) throws IOException {
		separate();
		if (value == null) {
			out.write("null");
		} else {
			string(value);
		}
		return this;
	}

	public JsonWriter value(long value) throws IOException {
		separate();
		out.write(Long.toString(value));
		return this;
	}

	public JsonWriter value(boolean value) throws IOException {
		separate();
		out.write(Boolean.toString(value));
		return this;
	}

	/** Writes {@code "name": value} and skips null values. */
	public JsonWriter property(String name, String value) throws IOException {
		return value == null ? this : name(name).value(value);
	}

	public JsonWriter strings(String name, Iterable<String> values) throws IOException {
		name(name).beginArray();
		for (String value : values) {
			value(value);
		}
		return endArray();
	}

	private JsonWriter open(char bracket) throws IOException {
		separate();
		out.write(bracket);
		firstInScope.push(Boolean.TRUE);
		return this;
	}

	private JsonWriter close(char bracket) throws IOException {
		boolean empty = firstInScope.pop();
		if (!empty) {
			newline();
		}
		out.write(bracket);
		if (firstInScope.isEmpty()) {
			out.write('\n');
		}
		return this;
	}

	private void separate() throws IOException {
		if (afterName) {
			afterName = false;
			return;
		}
		if (firstInScope.isEmpty()) {
			return;
		}
		if (!firstInScope.pop()) {
			out.write(',');
		}
		firstInScope.push(Boolean.FALSE);
		newline();
	}

	private void newline() throws IOException {
		out.write('\n');
		for (int i = 0; i < firstInScope.size(); i++) {
			out.write("  ");
		}
	}

	private void string(String value) throws IOException {
		out.write('"');
		for (int i = 0; i < value.length(); i++) {
			char c = value.charAt(i);
			switch (c) {
			case '"':
				out.write("\\\"");
				break;
			case '\\':
				out.write("\\\\");
				break;
			case '\n':
				out.write("\\n");
				break;
			case '\r':
				out.write("\\r");
				break;
			case '\t':
				out.write("\\t");
				break;
			default:
				if (c < 0x20 || c == '\u2028' || c == '\u2029') {
					out.write(String.format("\\u%04x", (int) c));
				} else {
					out.write(c);
				}
			}
		}
		out.write('"');
	}
}
