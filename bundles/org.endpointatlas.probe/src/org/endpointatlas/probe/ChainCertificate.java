package org.endpointatlas.probe;

import java.time.Instant;
import java.util.Objects;

/** One certificate of the chain a server presented, as evidence: subject, issuer, SHA-256 fingerprint and expiry. */
public final class ChainCertificate {

	private final String subject;
	private final String issuer;
	private final String sha256;
	private final Instant notAfter;

	public ChainCertificate(String subject, String issuer, String sha256, Instant notAfter) {
		this.subject = Objects.requireNonNull(subject);
		this.issuer = Objects.requireNonNull(issuer);
		this.sha256 = Objects.requireNonNull(sha256);
		this.notAfter = notAfter;
	}

	/** RFC 2253 form. */
	public String getSubject() {
		return subject;
	}

	public String getIssuer() {
		return issuer;
	}

	/** Lowercase hex without separators. */
	public String getSha256() {
		return sha256;
	}

	public Instant getNotAfter() {
		return notAfter;
	}

	@Override
	public String toString() {
		return subject + " <- " + issuer;
	}
}
