package org.endpointatlas.probe.internal;

import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.cert.CertificateEncodingException;
import java.security.cert.CertificateException;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import javax.net.ssl.TrustManager;
import javax.net.ssl.TrustManagerFactory;
import javax.net.ssl.X509TrustManager;
import javax.security.auth.x500.X500Principal;

import org.endpointatlas.catalog.model.TrustAnchor;
import org.endpointatlas.probe.ChainCertificate;
import org.endpointatlas.probe.Outcome;

/**
 * The roots of a run and the verdict on a presented chain.
 * <ul>
 * <li>Trusted: the JDK trust store, plus {@code --ca-file} and {@code --inspection-ca} roots.</li>
 * <li>Expected: the catalog's trust anchors plus the {@code --ca-file} roots.</li>
 * </ul>
 * Precedence, one verdict per chain: name mismatch, then intercepted (validates, but the root is an inspection root or
 * outside the expected roots), then untrusted (does not validate).
 */
final class Trust {

	/** What the chain analysis found. */
	static final class Verdict {
		final Outcome outcome;
		final String detail;
		final List<ChainCertificate> chain;
		final X509Certificate root;

		Verdict(Outcome outcome, String detail, List<ChainCertificate> chain, X509Certificate root) {
			this.outcome = outcome;
			this.detail = detail;
			this.chain = chain;
			this.root = root;
		}

		boolean accepted() {
			return outcome == Outcome.OK || outcome == Outcome.TLS_INTERCEPTED;
		}
	}

	private final X509TrustManager pkix;
	private final Map<X500Principal, List<X509Certificate>> rootsBySubject = new HashMap<>();
	private final Set<String> expectedSha256 = new HashSet<>();
	private final Set<X500Principal> expectedSubjects = new HashSet<>();
	private final Set<String> inspectionSha256 = new HashSet<>();

	Trust(Collection<TrustAnchor> anchors, List<X509Certificate> caRoots, List<X509Certificate> inspectionRoots) throws GeneralSecurityException {
		TrustManagerFactory jdk = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
		jdk.init((KeyStore) null);
		List<X509Certificate> roots = new ArrayList<>(List.of(x509(jdk.getTrustManagers()).getAcceptedIssuers()));
		roots.addAll(caRoots);
		roots.addAll(inspectionRoots);
		KeyStore store = KeyStore.getInstance(KeyStore.getDefaultType());
		try {
			store.load(null, null);
		} catch (java.io.IOException e) {
			throw new GeneralSecurityException(e);
		}
		int n = 0;
		for (X509Certificate root : roots) {
			store.setCertificateEntry("root-" + n++, root);
			rootsBySubject.computeIfAbsent(root.getSubjectX500Principal(), k -> new ArrayList<>()).add(root);
		}
		TrustManagerFactory all = TrustManagerFactory.getInstance("PKIX");
		all.init(store);
		this.pkix = x509(all.getTrustManagers());
		for (TrustAnchor anchor : anchors) {
			if (anchor.getSha256() != null && !anchor.getSha256().isBlank()) {
				expectedSha256.add(normalise(anchor.getSha256()));
			} else if (anchor.getSubject() != null && !anchor.getSubject().isBlank()) {
				try {
					expectedSubjects.add(new X500Principal(anchor.getSubject()));
				} catch (IllegalArgumentException e) {
					// an unparseable subject cannot match anything
				}
			}
		}
		for (X509Certificate root : caRoots) {
			expectedSha256.add(sha256(root));
		}
		for (X509Certificate root : inspectionRoots) {
			inspectionSha256.add(sha256(root));
		}
	}

	private static X509TrustManager x509(TrustManager[] managers) throws GeneralSecurityException {
		for (TrustManager manager : managers) {
			if (manager instanceof X509TrustManager) {
				return (X509TrustManager) manager;
			}
		}
		throw new GeneralSecurityException("no X509TrustManager");
	}

	Verdict analyse(X509Certificate[] chain, String authType, String host) {
		List<ChainCertificate> evidence = evidence(chain);
		boolean nameOk = chain.length > 0 && HostnameMatcher.matches(chain[0], host);
		String invalid = null;
		try {
			pkix.checkServerTrusted(chain, authType);
		} catch (CertificateException | RuntimeException e) {
			invalid = e.getMessage() == null ? e.toString() : e.getMessage();
		}
		X509Certificate root = invalid == null ? anchorOf(chain) : null;
		if (!nameOk) {
			return new Verdict(Outcome.TLS_NAME_MISMATCH, "the certificate of " + (chain.length > 0 ? chain[0].getSubjectX500Principal().getName() : "?")
					+ " does not cover " + host + " (names: " + String.join(", ", HostnameMatcher.names(chain.length > 0 ? chain[0] : null)) + ")", evidence, root);
		}
		if (invalid == null) {
			String rootName = root == null ? "an unknown root" : root.getSubjectX500Principal().getName();
			if (root != null && inspectionSha256.contains(sha256(root))) {
				return new Verdict(Outcome.TLS_INTERCEPTED, "the chain ends at the inspection CA " + rootName + " (--inspection-ca)", evidence, root);
			}
			if (root != null && !isExpected(root) && !(expectedSha256.isEmpty() && expectedSubjects.isEmpty())) {
				return new Verdict(Outcome.TLS_INTERCEPTED,
						"the chain validates but ends at " + rootName + ", which is not among the expected roots (catalog trust anchors, --ca-file)",
						evidence, root);
			}
			return new Verdict(Outcome.OK, "the chain validates to " + rootName, evidence, root);
		}
		String last = chain.length == 0 ? "?" : chain[chain.length - 1].getIssuerX500Principal().getName();
		return new Verdict(Outcome.TLS_UNTRUSTED, "the chain does not validate (" + invalid + "); its root " + last + " is unknown", evidence, null);
	}

	private boolean isExpected(X509Certificate root) {
		return expectedSha256.contains(sha256(root)) || expectedSubjects.contains(root.getSubjectX500Principal());
	}

	/** The trusted root the (validated) chain ends at: the last certificate itself, or the root that signed it. */
	private X509Certificate anchorOf(X509Certificate[] chain) {
		for (X509Certificate certificate : chain) {
			for (X509Certificate candidate : rootsBySubject.getOrDefault(certificate.getSubjectX500Principal(), List.of())) {
				if (candidate.equals(certificate)) {
					return candidate;
				}
			}
		}
		for (int i = 0; i < chain.length; i++) {
			for (X509Certificate candidate : rootsBySubject.getOrDefault(chain[i].getIssuerX500Principal(), List.of())) {
				try {
					chain[i].verify(candidate.getPublicKey());
					return candidate;
				} catch (GeneralSecurityException | RuntimeException e) {
					// not this one
				}
			}
		}
		return null;
	}

	static List<ChainCertificate> evidence(X509Certificate[] chain) {
		List<ChainCertificate> list = new ArrayList<>();
		for (X509Certificate c : chain) {
			list.add(new ChainCertificate(c.getSubjectX500Principal().getName(), c.getIssuerX500Principal().getName(), sha256(c),
					c.getNotAfter().toInstant()));
		}
		return list;
	}

	static String sha256(X509Certificate certificate) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(certificate.getEncoded()));
		} catch (NoSuchAlgorithmException | CertificateEncodingException e) {
			throw new IllegalStateException(e);
		}
	}

	static String normalise(String fingerprint) {
		return fingerprint.replace(":", "").replace(" ", "").toLowerCase(Locale.ROOT);
	}
}
