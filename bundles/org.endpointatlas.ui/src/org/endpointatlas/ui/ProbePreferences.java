package org.endpointatlas.ui;

import java.util.Optional;

import org.eclipse.core.runtime.Platform;
import org.eclipse.core.runtime.preferences.IEclipsePreferences;
import org.eclipse.core.runtime.preferences.InstanceScope;
import org.eclipse.equinox.security.storage.ISecurePreferences;
import org.eclipse.equinox.security.storage.SecurePreferencesFactory;
import org.eclipse.equinox.security.storage.StorageException;

/**
 * The probe's network settings of the workbench (Window > Preferences > Endpoint Atlas), the counterparts of the
 * command line's {@code probe} options. The proxy password is kept in Equinox secure storage, never in the plain
 * preferences, and never printed.
 */
public final class ProbePreferences {

	/** The preference node (instance scope) that holds everything but the password. */
	public static final String NODE = "org.endpointatlas.ui";
	public static final String PROXY_HOST = "proxy.host";
	public static final String PROXY_PORT = "proxy.port";
	public static final String PROXY_USER = "proxy.user";
	/** {@code --dns HOST:PORT}; empty for the system resolver. */
	public static final String DNS_SERVER = "dns.server";
	/** {@code --timeout MS}. */
	public static final String TIMEOUT_MS = "probe.timeoutMs";
	/** {@code --concurrency N}. */
	public static final String CONCURRENCY = "probe.concurrency";
	/** {@code --ca-file PEM}: extra trusted roots, e.g. the corporate TLS inspection CA. */
	public static final String CA_FILE = "probe.caFile";

	/** The command line's defaults (ProbeOptions.DEFAULT_TIMEOUT_MS and DEFAULT_CONCURRENCY). */
	public static final int DEFAULT_PROXY_PORT = 8080;
	public static final int DEFAULT_TIMEOUT_MS = 5000;
	public static final int DEFAULT_CONCURRENCY = 32;

	/** The secure storage node and key of the proxy password. */
	public static final String SECURE_NODE = "/org.endpointatlas/proxy";
	public static final String SECURE_PASSWORD_KEY = "password";

	private ProbePreferences() {
	}

	public static String proxyHost() {
		return string(PROXY_HOST, "");
	}

	public static int proxyPort() {
		return integer(PROXY_PORT, DEFAULT_PROXY_PORT);
	}

	public static String proxyUser() {
		return string(PROXY_USER, "");
	}

	public static String dnsServer() {
		return string(DNS_SERVER, "");
	}

	public static int timeoutMs() {
		return integer(TIMEOUT_MS, DEFAULT_TIMEOUT_MS);
	}

	public static int concurrency() {
		return integer(CONCURRENCY, DEFAULT_CONCURRENCY);
	}

	public static String caFile() {
		return string(CA_FILE, "");
	}

	/**
	 * The proxy password from secure storage, or empty. The caller clears the array when done.
	 *
	 * @throws StorageException when secure storage cannot decrypt it (e.g. no password provider)
	 */
	public static Optional<char[]> proxyPassword() throws StorageException {
		ISecurePreferences node = SecurePreferencesFactory.getDefault().node(SECURE_NODE);
		String value = node.get(SECURE_PASSWORD_KEY, null);
		return value == null || value.isEmpty() ? Optional.empty() : Optional.of(value.toCharArray());
	}

	/** Stores (encrypted) or, for an empty password, removes the proxy password. */
	public static void setProxyPassword(char[] password) throws StorageException {
		ISecurePreferences node = SecurePreferencesFactory.getDefault().node(SECURE_NODE);
		if (password == null || password.length == 0) {
			node.remove(SECURE_PASSWORD_KEY);
		} else {
			node.put(SECURE_PASSWORD_KEY, new String(password), true);
		}
		try {
			node.flush();
		} catch (java.io.IOException e) {
			throw new StorageException(StorageException.INTERNAL_ERROR, e);
		}
	}

	private static String string(String key, String defaultValue) {
		return Platform.getPreferencesService().getString(NODE, key, defaultValue, null);
	}

	private static int integer(String key, int defaultValue) {
		return Platform.getPreferencesService().getInt(NODE, key, defaultValue, null);
	}

	/** The instance-scope node, for the preference page. */
	static IEclipsePreferences node() {
		return InstanceScope.INSTANCE.getNode(NODE);
	}
}
