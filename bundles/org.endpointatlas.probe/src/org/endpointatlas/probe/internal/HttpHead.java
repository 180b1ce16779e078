package org.endpointatlas.probe.internal;

import java.io.ByteArrayOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The status line and headers of an HTTP/1.1 response, read from the probe's own socket (no body is read), and the
 * requests the probe sends: a GET with {@code Connection: close}, a proxy's absolute-URI GET, and CONNECT.
 */
final class HttpHead {

	/** Longest response head accepted. */
	static final int MAX_HEAD = 64 * 1024;
	static final String USER_AGENT = "endpoint-atlas-probe/0.1";

	final int status;
	final String reason;
	private final Map<String, List<String>> headers;

	HttpHead(int status, String reason, Map<String, List<String>> headers) {
		this.status = status;
		this.reason = reason;
		this.headers = headers;
	}

	Optional<String> header(String name) {
		List<String> values = headers.get(name.toLowerCase(Locale.ROOT));
		return values == null || values.isEmpty() ? Optional.empty() : Optional.of(values.get(0));
	}

	List<String> headers(String name) {
		return headers.getOrDefault(name.toLowerCase(Locale.ROOT), List.of());
	}

	/** Reads one response head, skipping 1xx interim responses. */
	static HttpHead read(InputStream in) throws IOException {
		while (true) {
			HttpHead head = readOne(in);
			if (head.status >= 200 || head.status == 101) {
				return head;
			}
		}
	}

	private static HttpHead readOne(InputStream in) throws IOException {
		String statusLine = line(in);
		if (!statusLine.startsWith("HTTP/")) {
			throw new IOException("not an HTTP response: \"" + abbreviate(statusLine) + "\"");
		}
		String[] parts = statusLine.split(" ", 3);
		int status;
		try {
			status = Integer.parseInt(parts.length > 1 ? parts[1].trim() : "");
		} catch (NumberFormatException e) {
			throw new IOException("bad HTTP status line: \"" + abbreviate(statusLine) + "\"");
		}
		Map<String, List<String>> headers = new LinkedHashMap<>();
		int total = statusLine.length();
		String previous = null;
		while (true) {
			String line = line(in);
			total += line.length() + 2;
			if (total > MAX_HEAD) {
				throw new IOException("the response head is longer than " + MAX_HEAD + " bytes");
			}
			if (line.isEmpty()) {
				break;
			}
			if ((line.startsWith(" ") || line.startsWith("\t")) && previous != null) {
				List<String> values = headers.get(previous);
				values.set(values.size() - 1, values.get(values.size() - 1) + " " + line.trim());
				continue;
			}
			int colon = line.indexOf(':');
			if (colon <= 0) {
				continue;
			}
			previous = line.substring(0, colon).trim().toLowerCase(Locale.ROOT);
			headers.computeIfAbsent(previous, k -> new ArrayList<>()).add(line.substring(colon + 1).trim());
		}
		return new HttpHead(status, parts.length > 2 ? parts[2].trim() : "", headers);
	}

	private static String line(InputStream in) throws IOException {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream(128);
		while (true) {
			int b = in.read();
			if (b < 0) {
				if (bytes.size() == 0) {
					throw new EOFException("the connection closed before a response");
				}
				break;
			}
			if (b == '\n') {
				break;
			}
			bytes.write(b);
			if (bytes.size() > MAX_HEAD) {
				throw new IOException("a response line is longer than " + MAX_HEAD + " bytes");
			}
		}
		String text = bytes.toString(StandardCharsets.ISO_8859_1);
		return text.endsWith("\r") ? text.substring(0, text.length() - 1) : text;
	}

	private static String abbreviate(String text) {
		String printable = text.replaceAll("[^\\x20-\\x7e]", "?");
		return printable.length() > 60 ? printable.substring(0, 60) + "..." : printable;
	}

	static String hostHeader(String host, int port, boolean https) {
		String shown = host.indexOf(':') >= 0 ? "[" + host + "]" : host;
		return (https && port == 443) || (!https && port == 80) ? shown : shown + ":" + port;
	}

	/** GET {@code target} (a path, or an absolute URI through a proxy). */
	static void writeGet(OutputStream out, String target, String hostHeader, String proxyAuthorization) throws IOException {
		StringBuilder request = new StringBuilder();
		request.append("GET ").append(target).append(" HTTP/1.1\r\n");
		request.append("Host: ").append(hostHeader).append("\r\n");
		request.append("User-Agent: ").append(USER_AGENT).append("\r\n");
		request.append("Accept: */*\r\n");
		if (proxyAuthorization != null) {
			request.append("Proxy-Authorization: ").append(proxyAuthorization).append("\r\n");
		}
		request.append("Connection: close\r\n\r\n");
		out.write(request.toString().getBytes(StandardCharsets.ISO_8859_1));
		out.flush();
	}

	static void writeConnect(OutputStream out, String authority, String proxyAuthorization) throws IOException {
		StringBuilder request = new StringBuilder();
		request.append("CONNECT ").append(authority).append(" HTTP/1.1\r\n");
		request.append("Host: ").append(authority).append("\r\n");
		request.append("User-Agent: ").append(USER_AGENT).append("\r\n");
		if (proxyAuthorization != null) {
			request.append("Proxy-Authorization: ").append(proxyAuthorization).append("\r\n");
		}
		request.append("\r\n");
		out.write(request.toString().getBytes(StandardCharsets.ISO_8859_1));
		out.flush();
	}

	/** The scheme names of the challenges in {@code Proxy-Authenticate} headers: Basic, NTLM, Negotiate, Digest... */
	static List<String> challengeSchemes(List<String> values) {
		List<String> schemes = new ArrayList<>();
		for (String value : values) {
			// a header may carry several challenges: "Basic realm=\"x\", Negotiate"; a scheme is a token not followed by '='
			for (String part : value.split(",")) {
				String token = part.trim();
				int space = token.indexOf(' ');
				String first = space < 0 ? token : token.substring(0, space);
				if (!first.isEmpty() && first.indexOf('=') < 0 && first.indexOf('"') < 0 && (space > 0 || !token.contains("="))) {
					String name = canonical(first);
					if (!schemes.contains(name)) {
						schemes.add(name);
					}
				}
			}
		}
		return schemes;
	}

	private static String canonical(String scheme) {
		switch (scheme.toLowerCase(Locale.ROOT)) {
		case "basic":
			return "Basic";
		case "ntlm":
			return "NTLM";
		case "negotiate":
			return "Negotiate";
		case "digest":
			return "Digest";
		case "kerberos":
			return "Kerberos";
		default:
			return scheme;
		}
	}
}
