package org.endpointatlas.probe.internal;

import java.net.IDN;
import java.security.cert.CertificateParsingException;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;

import javax.naming.ldap.LdapName;
import javax.naming.ldap.Rdn;

/**
 * Whether a server certificate covers a host name (RFC 6125): DNS names of the subject alternative names, a wildcard
 * only as the whole left-most label matching exactly one label; IP addresses against IP entries; the common name
 * only when the certificate has no DNS names at all.
 */
final class HostnameMatcher {

	private static final int DNS = 2;
	private static final int IP = 7;

	private HostnameMatcher() {
	}

	static boolean matches(X509Certificate certificate, String host) {
		String name = normalise(host);
		boolean ip = isIpLiteral(name);
		List<String> dnsNames = new ArrayList<>();
		for (List<?> san : alternativeNames(certificate)) {
			int type = (Integer) san.get(0);
			String value = String.valueOf(san.get(1));
			if (type == DNS) {
				dnsNames.add(value);
				if (!ip && matchesPattern(normalise(value), name)) {
					return true;
				}
			} else if (type == IP && ip && sameAddress(value, name)) {
				return true;
			}
		}
		if (dnsNames.isEmpty() && !ip) {
			String cn = commonName(certificate);
			return cn != null && matchesPattern(normalise(cn), name);
		}
		return false;
	}

	/** The names a certificate covers, for the detail. */
	static List<String> names(X509Certificate certificate) {
		List<String> names = new ArrayList<>();
		if (certificate == null) {
			return names;
		}
		for (List<?> san : alternativeNames(certificate)) {
			int type = (Integer) san.get(0);
			if (type == DNS || type == IP) {
				names.add(String.valueOf(san.get(1)));
			}
		}
		if (names.isEmpty()) {
			String cn = commonName(certificate);
			if (cn != null) {
				names.add("CN=" + cn);
			}
		}
		return names;
	}

	static boolean matchesPattern(String pattern, String host) {
		if (pattern.equals(host)) {
			return true;
		}
		if (!pattern.startsWith("*.")) {
			return false;
		}
		String suffix = pattern.substring(1);
		if (!host.endsWith(suffix)) {
			return false;
		}
		String first = host.substring(0, host.length() - suffix.length());
		// exactly one label, and never a wildcard over a single-label suffix (*.com)
		return !first.isEmpty() && first.indexOf('.') < 0 && suffix.indexOf('.', 1) > 0;
	}

	private static Collection<List<?>> alternativeNames(X509Certificate certificate) {
		try {
			Collection<List<?>> names = certificate.getSubjectAlternativeNames();
			return names == null ? List.of() : names;
		} catch (CertificateParsingException e) {
			return List.of();
		}
	}

	private static String commonName(X509Certificate certificate) {
		try {
			LdapName name = new LdapName(certificate.getSubjectX500Principal().getName());
			for (Rdn rdn : name.getRdns()) {
				if ("CN".equalsIgnoreCase(rdn.getType())) {
					return String.valueOf(rdn.getValue());
				}
			}
		} catch (javax.naming.InvalidNameException e) {
			// no usable CN
		}
		return null;
	}

	private static String normalise(String name) {
		String lower = name.trim().toLowerCase(Locale.ROOT);
		if (lower.endsWith(".")) {
			lower = lower.substring(0, lower.length() - 1);
		}
		try {
			return isIpLiteral(lower) ? lower : IDN.toASCII(lower, IDN.ALLOW_UNASSIGNED).toLowerCase(Locale.ROOT);
		} catch (IllegalArgumentException e) {
			return lower;
		}
	}

	static boolean isIpLiteral(String host) {
		return host.indexOf(':') >= 0 || host.matches("\\d{1,3}(\\.\\d{1,3}){3}");
	}

	private static boolean sameAddress(String a, String b) {
		try {
			return java.net.InetAddress.getByName(a).equals(java.net.InetAddress.getByName(b));
		} catch (java.net.UnknownHostException e) {
			return false;
		}
	}
}
