package org.endpointatlas.probe;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Arrays;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * An HTTP proxy: {@code http://[user@]host:port}. The password never comes from the URL (it would end up in shell
 * histories and process lists); the caller passes it separately, and {@link #toString()} never shows it.
 */
public final class ProxySpec {

	private final String host;
	private final int port;
	private final String user;
	private final char[] password;

	public ProxySpec(String host, int port, String user, char[] password) {
		this.host = Objects.requireNonNull(host);
		this.port = port;
		this.user = user;
		this.password = password == null ? null : password.clone();
	}

	/**
	 * Parses {@code http://[user@]host:port}.
	 *
	 * @throws IllegalArgumentException with a one-line reason
	 */
	public static ProxySpec parse(String url, char[] password) {
		URI uri;
		try {
			uri = new URI(url.trim());
		} catch (URISyntaxException e) {
			throw new IllegalArgumentException("--proxy needs http://[user@]host:port, got \"" + url + "\"");
		}
		if (!"http".equalsIgnoreCase(uri.getScheme()) || uri.getHost() == null || uri.getPort() <= 0) {
			throw new IllegalArgumentException("--proxy needs http://[user@]host:port, got \"" + url + "\"");
		}
		String path = uri.getRawPath();
		if ((path != null && !path.isEmpty() && !path.equals("/")) || uri.getRawQuery() != null) {
			throw new IllegalArgumentException("--proxy takes no path or query: http://[user@]host:port");
		}
		String user = uri.getUserInfo();
		if (user != null && user.indexOf(':') >= 0) {
			throw new IllegalArgumentException("--proxy must not contain a password; set ENDPOINT_ATLAS_PROXY_PASSWORD instead");
		}
		String host = uri.getHost();
		if (host.startsWith("[") && host.endsWith("]")) {
			host = host.substring(1, host.length() - 1);
		}
		return new ProxySpec(host.toLowerCase(Locale.ROOT), uri.getPort(), user == null || user.isEmpty() ? null : user, password);
	}

	public String getHost() {
		return host;
	}

	public int getPort() {
		return port;
	}

	public Optional<String> getUser() {
		return Optional.ofNullable(user);
	}

	/** A copy of the password, or empty; the caller should clear it after use. */
	public Optional<char[]> getPassword() {
		return Optional.ofNullable(password).map(char[]::clone);
	}

	/** Overwrites the password held here. */
	public void clearPassword() {
		if (password != null) {
			Arrays.fill(password, '\0');
		}
	}

	/** {@code http://user@host:port}, never with the password. */
	@Override
	public String toString() {
		String shownHost = host.indexOf(':') >= 0 ? "[" + host + "]" : host;
		return "http://" + (user == null ? "" : user + "@") + shownHost + ":" + port;
	}
}
