package org.endpointatlas.probe;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.cert.Certificate;
import java.security.cert.CertificateException;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.List;

/** Reads X.509 certificates from a PEM (or DER) file, for {@code --ca-file} and {@code --inspection-ca}. */
public final class Pem {

	private Pem() {
	}

	/**
	 * @throws IOException when the file cannot be read or holds no certificate
	 */
	public static List<X509Certificate> readCertificates(Path file) throws IOException {
		try (InputStream in = Files.newInputStream(file)) {
			List<X509Certificate> certificates = new ArrayList<>();
			for (Certificate certificate : CertificateFactory.getInstance("X.509").generateCertificates(in)) {
				certificates.add((X509Certificate) certificate);
			}
			if (certificates.isEmpty()) {
				throw new IOException(file + " holds no certificate");
			}
			return certificates;
		} catch (CertificateException e) {
			throw new IOException(file + " is not a PEM certificate file: " + e.getMessage(), e);
		}
	}
}
