package org.endpointatlas.export.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A strict RFC 8259 reader for tests (objects, arrays, strings, numbers, literals); throws on anything else. */
final class MiniJson {

	private final String text;
	private int at;

	private MiniJson(String text) {
		this.text = text;
	}

	static Object parse(String text) {
		MiniJson json = new MiniJson(text);
		Object value = json.value();
		json.space();
		if (json.at != text.length()) {
			throw json.error("trailing text");
		}
		return value;
	}

	@SuppressWarnings("unchecked")
	static Map<String, Object> object(Object value) {
		return (Map<String, Object>) value;
	}

	@SuppressWarnings("unchecked")
	static List<Object> array(Object value) {
		return (List<Object>) value;
	}

	private Object value() {
		space();
		char c = peek();
		if (c == '{') {
			at++;
			Map<String, Object> map = new LinkedHashMap<>();
			space();
			if (peek() == '}') {
				at++;
				return map;
			}
			do {
				space();
				String key = string();
				space();
				expect(':');
				if (map.put(key, value()) != null) {
					throw error("duplicate key " + key);
				}
				space();
			} while (next() == ',');
			at--;
			expect('}');
			return map;
		}
		if (c == '[') {
			at++;
			List<Object> list = new ArrayList<>();
			space();
			if (peek() == ']') {
				at++;
				return list;
			}
			do {
				list.add(value());
				space();
			} while (next() == ',');
			at--;
			expect(']');
			return list;
		}
		if (c == '"') {
			return string();
		}
		for (String literal : new String[] { "true", "false", "null" }) {
			if (text.startsWith(literal, at)) {
				at += literal.length();
				return literal.equals("null") ? null : Boolean.valueOf(literal);
			}
		}
		int start = at;
		while (at < text.length() && "-+.eE0123456789".indexOf(text.charAt(at)) >= 0) {
			at++;
		}
		if (start == at) {
			throw error("unexpected character");
		}
		return Long.valueOf(text.substring(start, at));
	}

	private String string() {
		expect('"');
		StringBuilder out = new StringBuilder();
		while (true) {
			char c = next();
			if (c == '"') {
				return out.toString();
			}
			if (c < 0x20) {
				throw error("raw control character in a string");
			}
			if (c != '\\') {
				out.append(c);
				continue;
			}
			char e = next();
			switch (e) {
			case '"', '\\', '/' -> out.append(e);
			case 'b' -> out.append('\b');
			case 'f' -> out.append('\f');
			case 'n' -> out.append('\n');
			case 'r' -> out.append('\r');
			case 't' -> out.append('\t');
			case 'u' -> {
				out.append((char) Integer.parseInt(text.substring(at, at + 4), 16));
				at += 4;
			}
			default -> throw error("bad escape");
			}
		}
	}

	private void space() {
		while (at < text.length() && " \t\r\n".indexOf(text.charAt(at)) >= 0) {
			at++;
		}
	}

	private char peek() {
		if (at >= text.length()) {
			throw error("unexpected end");
		}
		return text.charAt(at);
	}

	private char next() {
		char c = peek();
		at++;
		return c;
	}

	private void expect(char c) {
		if (next() != c) {
			throw error("expected " + c);
		}
	}

	private IllegalArgumentException error(String message) {
		return new IllegalArgumentException(message + " at " + at);
	}
}
