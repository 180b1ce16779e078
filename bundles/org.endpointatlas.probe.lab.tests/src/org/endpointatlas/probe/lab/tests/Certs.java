package org.endpointatlas.probe.lab.tests;

import java.io.IOException;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.SecureRandom;
import java.security.cert.X509Certificate;
import java.security.spec.ECGenParameterSpec;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Date;
import java.util.List;

import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;

import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.ExtendedKeyUsage;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.GeneralName;
import org.bouncycastle.asn1.x509.GeneralNames;
import org.bouncycastle.asn1.x509.KeyPurposeId;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.cert.X509v3CertificateBuilder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;

/** Certificates made at test time: a lab root, an "inspection CA", and server certificates signed by either. */
final class Certs {

	/** A key and its chain, leaf first. */
	static final class Identity {
		final PrivateKey key;
		final X509Certificate[] chain;

		Identity(PrivateKey key, X509Certificate... chain) {
			this.key = key;
			this.chain = chain;
		}

		X509Certificate certificate() {
			return chain[0];
		}

		SSLContext serverContext() throws GeneralSecurityException, IOException {
			KeyStore store = KeyStore.getInstance("PKCS12");
			store.load(null, null);
			store.setKeyEntry("server", key, new char[0], chain);
			KeyManagerFactory keys = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
			keys.init(store, new char[0]);
			SSLContext context = SSLContext.getInstance("TLS");
			context.init(keys.getKeyManagers(), null, new SecureRandom());
			return context;
		}
	}

	private static final SecureRandom RANDOM = new SecureRandom();

	private Certs() {
	}

	static KeyPair keyPair() throws GeneralSecurityException {
		KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
		generator.initialize(new ECGenParameterSpec("secp256r1"));
		return generator.generateKeyPair();
	}

	static Identity authority(String name) throws Exception {
		KeyPair pair = keyPair();
		X500Name subject = new X500Name("CN=" + name + ",O=Endpoint Atlas probe lab");
		X509v3CertificateBuilder builder = builder(subject, subject, pair);
		builder.addExtension(Extension.basicConstraints, true, new BasicConstraints(true));
		builder.addExtension(Extension.keyUsage, true, new KeyUsage(KeyUsage.keyCertSign | KeyUsage.cRLSign | KeyUsage.digitalSignature));
		return new Identity(pair.getPrivate(), sign(builder, pair.getPrivate()));
	}

	/** A server certificate for {@code names}, signed by {@code issuer}; the chain holds the leaf and the issuer. */
	static Identity server(String commonName, List<String> names, Identity issuer) throws Exception {
		KeyPair pair = keyPair();
		X500Name subject = new X500Name("CN=" + commonName + ",O=Endpoint Atlas probe lab");
		X500Name issuerName = X500Name.getInstance(issuer.certificate().getSubjectX500Principal().getEncoded());
		X509v3CertificateBuilder builder = builder(issuerName, subject, pair);
		builder.addExtension(Extension.basicConstraints, true, new BasicConstraints(false));
		builder.addExtension(Extension.keyUsage, true, new KeyUsage(KeyUsage.digitalSignature | KeyUsage.keyEncipherment));
		builder.addExtension(Extension.extendedKeyUsage, false, new ExtendedKeyUsage(KeyPurposeId.id_kp_serverAuth));
		GeneralName[] alternatives = names.stream().map(n -> new GeneralName(GeneralName.dNSName, n)).toArray(GeneralName[]::new);
		builder.addExtension(Extension.subjectAlternativeName, false, new GeneralNames(alternatives));
		return new Identity(pair.getPrivate(), sign(builder, issuer.key), issuer.certificate());
	}

	private static X509v3CertificateBuilder builder(X500Name issuer, X500Name subject, KeyPair pair) {
		Instant now = Instant.now();
		return new JcaX509v3CertificateBuilder(issuer, new BigInteger(64, RANDOM).abs().add(BigInteger.ONE), Date.from(now.minus(Duration.ofDays(1))),
				Date.from(now.plus(Duration.ofDays(30))), subject, pair.getPublic());
	}

	private static X509Certificate sign(X509v3CertificateBuilder builder, PrivateKey key) throws Exception {
		return new JcaX509CertificateConverter().getCertificate(builder.build(new JcaContentSignerBuilder("SHA256withECDSA").build(key)));
	}

	static Path writePem(Path file, X509Certificate... certificates) throws Exception {
		StringBuilder pem = new StringBuilder();
		for (X509Certificate certificate : certificates) {
			pem.append(pem("CERTIFICATE", certificate.getEncoded()));
		}
		Files.writeString(file, pem.toString(), StandardCharsets.US_ASCII);
		return file;
	}

	static Path writeKey(Path file, PrivateKey key) throws IOException {
		Files.writeString(file, pem("PRIVATE KEY", key.getEncoded()), StandardCharsets.US_ASCII);
		return file;
	}

	private static String pem(String type, byte[] der) {
		return "-----BEGIN " + type + "-----\n" + Base64.getMimeEncoder(64, new byte[] { '\n' }).encodeToString(der) + "\n-----END " + type + "-----\n";
	}
}
