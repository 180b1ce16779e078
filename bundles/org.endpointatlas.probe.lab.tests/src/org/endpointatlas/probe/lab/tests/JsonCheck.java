package org.endpointatlas.probe.lab.tests;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A small JSON parser and a validator for the subset of JSON Schema that {@code probe-results.schema.json} uses:
 * type, enum, required, properties, additionalProperties, items, minimum, maximum and pattern.
 */
final class JsonCheck {

	private final String text;
	private int at;

	private JsonCheck(String text) {
		this.text = text;
	}

	/** The schema that the probe bundle ships, {@code schema/probe-results.schema.json}. */
	@SuppressWarnings("unchecked")
	static Map<String, Object> probeResultsSchema() throws IOException {
		org.osgi.framework.Bundle probe = java.util.Arrays.stream(Services.context().getBundles())
				.filter(b -> "org.endpointatlas.probe".equals(b.getSymbolicName())).findFirst().orElseThrow();
		try (InputStream in = probe.getEntry("schema/probe-results.schema.json").openStream()) {
			return (Map<String, Object>) parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
		}
	}

	static Object parse(String text) {
		JsonCheck parser = new JsonCheck(text);
		Object value = parser.value();
		parser.space();
		if (parser.at != text.length()) {
			throw parser.error("trailing text");
		}
		return value;
	}

	private Object value() {
		space();
		char c = peek();
		switch (c) {
		case '{':
			return object();
		case '[':
			return array();
		case '"':
			return string();
		case 't':
			return literal("true", Boolean.TRUE);
		case 'f':
			return literal("false", Boolean.FALSE);
		case 'n':
			return literal("null", null);
		default:
			return number();
		}
	}

	private Map<String, Object> object() {
		Map<String, Object> map = new LinkedHashMap<>();
		at++;
		space();
		if (peek() == '}') {
			at++;
			return map;
		}
		while (true) {
			space();
			String key = string();
			space();
			expect(':');
			if (map.put(key, value()) != null) {
				throw error("duplicate key " + key);
			}
			space();
			if (peek() == ',') {
				at++;
			} else {
				expect('}');
				return map;
			}
		}
	}

	private List<Object> array() {
		List<Object> list = new ArrayList<>();
		at++;
		space();
		if (peek() == ']') {
			at++;
			return list;
		}
		while (true) {
			list.add(value());
			space();
			if (peek() == ',') {
				at++;
			} else {
				expect(']');
				return list;
			}
		}
	}

	private String string() {
		expect('"');
		StringBuilder s = new StringBuilder();
		while (true) {
			char c = text.charAt(at++);
			if (c == '"') {
				return s.toString();
			}
			if (c < 0x20) {
				throw error("control character in a string");
			}
			if (c == '\\') {
				char e = text.charAt(at++);
				switch (e) {
				case 'n':
					s.append('\n');
					break;
				case 't':
					s.append('\t');
					break;
				case 'r':
					s.append('\r');
					break;
				case 'b':
					s.append('\b');
					break;
				case 'f':
					s.append('\f');
					break;
				case 'u':
					s.append((char) Integer.parseInt(text.substring(at, at + 4), 16));
					at += 4;
					break;
				case '"':
				case '\\':
				case '/':
					s.append(e);
					break;
				default:
					throw error("bad escape");
				}
			} else {
				s.append(c);
			}
		}
	}

	private Object number() {
		int start = at;
		while (at < text.length() && "+-0123456789.eE".indexOf(text.charAt(at)) >= 0) {
			at++;
		}
		String n = text.substring(start, at);
		if (n.isEmpty()) {
			throw error("unexpected character");
		}
		return n.contains(".") || n.contains("e") || n.contains("E") ? (Object) Double.valueOf(n) : (Object) Long.valueOf(n);
	}

	private Object literal(String word, Object value) {
		if (!text.startsWith(word, at)) {
			throw error("expected " + word);
		}
		at += word.length();
		return value;
	}

	private void space() {
		while (at < text.length() && Character.isWhitespace(text.charAt(at))) {
			at++;
		}
	}

	private char peek() {
		if (at >= text.length()) {
			throw error("unexpected end");
		}
		return text.charAt(at);
	}

	private void expect(char c) {
		if (peek() != c) {
			throw error("expected " + c);
		}
		at++;
	}

	private IllegalArgumentException error(String message) {
		return new IllegalArgumentException(message + " at offset " + at);
	}

	/** The schema violations of {@code value}, each with its JSON path; empty when it validates. */
	@SuppressWarnings("unchecked")
	static List<String> validate(Object value, Map<String, Object> schema, String path) {
		List<String> problems = new ArrayList<>();
		if (schema.containsKey("enum") && !((List<Object>) schema.get("enum")).contains(value)) {
			problems.add(path + ": " + value + " is not one of " + schema.get("enum"));
		}
		Object type = schema.get("type");
		if (type != null) {
			List<Object> types = type instanceof List ? (List<Object>) type : List.of(type);
			if (types.stream().noneMatch(t -> is(value, (String) t))) {
				problems.add(path + ": " + value + " is not " + types);
				return problems;
			}
		}
		if (value instanceof Number) {
			double n = ((Number) value).doubleValue();
			if (schema.containsKey("minimum") && n < ((Number) schema.get("minimum")).doubleValue()) {
				problems.add(path + ": " + n + " < minimum");
			}
			if (schema.containsKey("maximum") && n > ((Number) schema.get("maximum")).doubleValue()) {
				problems.add(path + ": " + n + " > maximum");
			}
		}
		if (value instanceof String && schema.containsKey("pattern") && !java.util.regex.Pattern.compile((String) schema.get("pattern")).matcher((String) value).find()) {
			problems.add(path + ": \"" + value + "\" does not match " + schema.get("pattern"));
		}
		if (value instanceof List && schema.containsKey("items")) {
			List<Object> list = (List<Object>) value;
			for (int i = 0; i < list.size(); i++) {
				problems.addAll(validate(list.get(i), (Map<String, Object>) schema.get("items"), path + "[" + i + "]"));
			}
		}
		if (value instanceof Map) {
			Map<String, Object> object = (Map<String, Object>) value;
			Map<String, Object> properties = (Map<String, Object>) schema.getOrDefault("properties", Map.of());
			for (Object required : (List<Object>) schema.getOrDefault("required", List.of())) {
				if (!object.containsKey(required)) {
					problems.add(path + ": missing " + required);
				}
			}
			for (Map.Entry<String, Object> entry : object.entrySet()) {
				Map<String, Object> property = (Map<String, Object>) properties.get(entry.getKey());
				if (property != null) {
					problems.addAll(validate(entry.getValue(), property, path + "." + entry.getKey()));
				} else if (Boolean.FALSE.equals(schema.get("additionalProperties"))) {
					problems.add(path + ": unexpected property " + entry.getKey());
				}
			}
		}
		return problems;
	}

	private static boolean is(Object value, String type) {
		switch (type) {
		case "null":
			return value == null;
		case "string":
			return value instanceof String;
		case "integer":
			return value instanceof Long;
		case "number":
			return value instanceof Number;
		case "boolean":
			return value instanceof Boolean;
		case "array":
			return value instanceof List;
		case "object":
			return value instanceof Map;
		default:
			return false;
		}
	}
}
