package org.endpointatlas.probe.lab.tests;

import static org.endpointatlas.probe.lab.tests.LabCatalog.constrained;
import static org.endpointatlas.probe.lab.tests.LabCatalog.endpoint;
import static org.endpointatlas.probe.lab.tests.LabCatalog.http;
import static org.endpointatlas.probe.lab.tests.LabCatalog.https;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.endpointatlas.catalog.model.ConstraintKind;
import org.endpointatlas.catalog.model.Endpoint;
import org.endpointatlas.catalog.model.Scheme;
import org.endpointatlas.catalog.model.Transport;
import org.endpointatlas.probe.Outcome;
import org.endpointatlas.probe.Pem;
import org.endpointatlas.probe.ProbeReport;
import org.endpointatlas.probe.ProbeResult;
import org.endpointatlas.probe.ProxySpec;
import org.endpointatlas.probe.Stage;
import org.junit.jupiter.api.Test;

/** Every outcome that the lab can produce, produced for real over loopback and the lab's network namespace. */
class ProbeOutcomesTest extends LabTestSupport {

	// ---- OK ----

	@Test
	void okOverTlsWithEvidence() throws Exception {
		ProbeResult r = assertOutcome(Outcome.OK, probeOne(https(lab.host("good"), lab.good.port())));
		assertEquals(Stage.HTTP, r.getStage());
		assertEquals(List.of("127.0.0.1"), r.getAddresses());
		assertEquals("TLSv1.3", r.getTlsVersion().orElse(null));
		assertTrue(r.getTlsCipher().isPresent());
		assertEquals(2, r.getChain().size(), r.getChain()::toString);
		assertTrue(r.getChain().get(1).getSubject().contains("Probe Lab Root CA"));
		assertEquals(200, r.getHttpStatus().orElse(0));
		assertTrue(r.getElapsedMs().keySet().containsAll(List.of(Stage.DNS, Stage.TCP, Stage.TLS, Stage.HTTP)), r.getElapsedMs()::toString);
		assertFalse(r.isFailed());
	}

	@Test
	void okOverPlainHttp() throws Exception {
		ProbeResult r = assertOutcome(Outcome.OK, probeOne(http(lab.host("plain"), lab.plain.port())));
		assertTrue(r.getTlsVersion().isEmpty());
	}

	@Test
	void okForA404FromTheOrigin() throws Exception {
		Endpoint e = https(lab.host("good"), lab.good.port());
		e.setPathAndQuery("/status/404");
		assertEquals(404, assertOutcome(Outcome.OK, probeOne(e)).getHttpStatus().orElse(0));
	}

	@Test
	void wildcardUsesItsProbeHost() throws Exception {
		Endpoint e = https("*." + Lab.DOMAIN, lab.good.port());
		e.setProbeHost(lab.host("good"));
		ProbeResult r = assertOutcome(Outcome.OK, probeOne(e));
		assertEquals("*." + Lab.DOMAIN, r.getEndpoint());
		assertEquals(lab.host("good"), r.getHost());
	}

	@Test
	void tls12ConstraintIsCheckedWithTls12() throws Exception {
		ProbeResult r = assertOutcome(Outcome.OK, probeOne(constrained(https(lab.host("good"), lab.good.port()), ConstraintKind.TLS12_CIPHER_SUITES)));
		assertEquals("TLSv1.2", r.getTlsVersion().orElse(null));
	}

	// ---- not testable ----

	@Test
	void wildcardWithoutProbeHostIsNotTestable() throws Exception {
		ProbeResult r = assertOutcome(Outcome.NOT_TESTABLE_WILDCARD, probeOne(https("*." + Lab.DOMAIN, 443)));
		assertFalse(r.isFailed());
	}

	@Test
	void unresolvedParameterIsNotTestable() throws Exception {
		assertFalse(assertOutcome(Outcome.NOT_TESTABLE_PARAMETER, probeOne(https("{prefix}." + Lab.DOMAIN, 443))).isFailed());
	}

	@Test
	void udpAndNonWebPortsAreNotTestable() throws Exception {
		ProbeReport report = probe(new LabCatalog().add(endpoint(lab.host("good"), Scheme.ANY, Transport.UDP, 123),
				endpoint(lab.host("good"), Scheme.ANY, Transport.TCP, 5223)), b -> {
				});
		report.getResults().forEach(r -> assertOutcome(Outcome.NOT_TESTABLE_TRANSPORT, r));
		assertEquals(0, report.exitCode());
	}

	// ---- DNS ----

	@Test
	void nxdomain() throws Exception {
		assertTrue(assertOutcome(Outcome.DNS_NXDOMAIN, probeOne(https(lab.host("nx"), lab.good.port()))).isFailed());
	}

	@Test
	void sinkholedToZeros() throws Exception {
		assertOutcome(Outcome.DNS_SINKHOLED, probeOne(https(lab.host("sink"), lab.good.port())));
		assertOutcome(Outcome.DNS_SINKHOLED, probeOne(https(lab.host("sink6"), lab.good.port())));
	}

	@Test
	void refused() throws Exception {
		assertOutcome(Outcome.DNS_REFUSED, probeOne(https("nobody.elsewhere.test", lab.good.port())));
	}

	@Test
	void servfail() throws Exception {
		assertOutcome(Outcome.DNS_SERVFAIL, probeOne(https(lab.host("servfail"), lab.good.port())));
	}

	@Test
	void dnsTimeout() throws Exception {
		long start = System.nanoTime();
		assertOutcome(Outcome.DNS_TIMEOUT, probeOne(https(lab.host("timeout"), lab.good.port()), b -> b.timeoutMs(700)));
		assertTrue(System.nanoTime() - start < 3_000_000_000L, "the DNS stage kept its timeout");
	}

	// ---- TCP ----

	@Test
	void refusedConnection() throws Exception {
		assertOutcome(Outcome.TCP_REFUSED, probeOne(https(lab.host("closed"), lab.closedPort)));
	}

	@Test
	void blackholeTimesOut() throws Exception {
		String host = lab.netns != null ? lab.host("blackhole") : lab.blackholeAddress();
		long start = System.nanoTime();
		ProbeResult r = assertOutcome(Outcome.TCP_TIMEOUT, probeOne(https(host, lab.blackholePort()), b -> b.timeoutMs(800)));
		assertEquals(Stage.TCP, r.getStage());
		assertTrue(System.nanoTime() - start < 2_500_000_000L);
	}

	@Test
	void unreachableHost() throws Exception {
		assumeTrue(lab.netns != null, () -> "needs the lab's network namespace: " + lab.problems);
		assertOutcome(Outcome.TCP_UNREACHABLE, probeOne(https(lab.host("unreachable"), 443)));
	}

	// ---- TLS ----

	@Test
	void stallAfterAccept() throws Exception {
		assertOutcome(Outcome.TLS_STALL, probeOne(https(lab.host("stall"), lab.stall.port()), b -> b.timeoutMs(700)));
	}

	@Test
	void resetAfterClientHello() throws Exception {
		assertOutcome(Outcome.TLS_RESET, probeOne(https(lab.host("reset"), lab.reset.port())));
	}

	@Test
	void tls12OnlyClientAgainstTls13OnlyServer() throws Exception {
		ProbeResult r = probeOne(constrained(https(lab.host("tls13"), lab.tls13Only.port()), ConstraintKind.TLS12_CIPHER_SUITES));
		assertOutcome(Outcome.TLS_PROTOCOL_UNSUPPORTED, r);
		assertTrue(r.getDetail().contains("TLS 1.2"), r::getDetail);
	}

	@Test
	void tls10OnlyServer() throws Exception {
		assumeTrue(lab.tls10Port > 0, () -> "openssl cannot serve TLS 1.0 here: " + lab.problems);
		assertOutcome(Outcome.TLS_PROTOCOL_UNSUPPORTED, probeOne(https(lab.host("tls10"), lab.tls10Port)));
	}

	@Test
	void unknownRootIsUntrustedWithTheChainRecorded() throws Exception {
		ProbeResult r = assertOutcome(Outcome.TLS_UNTRUSTED, probeOne(https(lab.host("intercepted"), lab.intercepted.port())));
		assertEquals(2, r.getChain().size());
		assertTrue(r.getChain().get(0).getIssuer().contains("Inspection CA"), r.getChain()::toString);
	}

	@Test
	void inspectionCaIsInterceptedButNotAFailureWithoutThePolicy() throws Exception {
		ProbeResult r = assertOutcome(Outcome.TLS_INTERCEPTED,
				probeOne(https(lab.host("intercepted"), lab.intercepted.port()), b -> inspection(b)));
		assertFalse(r.isFailed(), "TLS_INTERCEPTED fails only under no-tls-inspection");
		assertEquals(200, r.getHttpStatus().orElse(0));
	}

	@Test
	void interceptedFailsUnderTheNoInspectionConstraint() throws Exception {
		ProbeResult r = assertOutcome(Outcome.TLS_INTERCEPTED, probeOne(
				constrained(https(lab.host("intercepted"), lab.intercepted.port()), ConstraintKind.NO_TLS_INSPECTION), b -> inspection(b)));
		assertTrue(r.isFailed());
	}

	@Test
	void interceptedFailsUnderACatalogPolicy() throws Exception {
		LabCatalog catalog = new LabCatalog().policy("*." + Lab.DOMAIN, ConstraintKind.NO_TLS_INSPECTION)
				.add(https(lab.host("intercepted"), lab.intercepted.port()));
		ProbeReport report = probe(catalog, b -> inspection(b));
		assertTrue(assertOutcome(Outcome.TLS_INTERCEPTED, report.getResults().get(0)).isFailed());
		assertEquals(1, report.exitCode());
	}

	@Test
	void validChainToAnUnexpectedRootIsIntercepted() throws Exception {
		// the lab root is trusted through --inspection-ca only: it validates, but is not an expected root
		ProbeResult r = probeOne(https(lab.host("good"), lab.good.port()), b -> {
			try {
				b.caRoots(List.of()).inspectionRoots(Pem.readCertificates(lab.caFile));
			} catch (Exception e) {
				throw new IllegalStateException(e);
			}
		});
		assertOutcome(Outcome.TLS_INTERCEPTED, r);
	}

	@Test
	void nameMismatch() throws Exception {
		ProbeResult r = assertOutcome(Outcome.TLS_NAME_MISMATCH, probeOne(https(lab.host("wrongname"), lab.wrongName.port())));
		assertTrue(r.getDetail().contains("other.invalid"), r::getDetail);
	}

	@Test
	void nameMismatchTakesPrecedenceOverUntrusted() throws Exception {
		assertOutcome(Outcome.TLS_NAME_MISMATCH, probeOne(https(lab.host("wrongname"), lab.wrongNameUnknownRoot.port())));
	}

	// ---- HTTP and redirects ----

	@Test
	void originServerError() throws Exception {
		Endpoint e = https(lab.host("good"), lab.good.port());
		e.setPathAndQuery("/status/503");
		ProbeResult r = assertOutcome(Outcome.HTTP_ERROR, probeOne(e));
		assertEquals(503, r.getHttpStatus().orElse(0));
	}

	@Test
	void urlEntryFollowsRedirectsAndFlagsHostsOutsideTheCatalog() throws Exception {
		String target = "https://" + lab.host("elsewhere") + ":" + lab.good.port() + "/";
		Endpoint e = https(lab.host("good"), lab.good.port());
		e.setPathAndQuery("/redirect?to=" + URLEncoder.encode(target, StandardCharsets.UTF_8));
		ProbeResult r = assertOutcome(Outcome.OK, probeOne(e));
		assertEquals(List.of(target), r.getRedirects());
		assertEquals(target, r.getFinalUrl().orElse(null));
		assertEquals(Boolean.FALSE, r.getFinalHostInCatalog().orElse(null));
	}

	@Test
	void atMostFiveRedirects() throws Exception {
		Endpoint e = https(lab.host("good"), lab.good.port());
		e.setPathAndQuery("/hops/7");
		ProbeResult r = probeOne(e);
		assertEquals(5, r.getRedirects().size());
		assertEquals(302, r.getHttpStatus().orElse(0));
		assertEquals(Boolean.TRUE, r.getFinalHostInCatalog().orElse(null));
	}

	// ---- proxy ----

	private static void squid() {
		assumeTrue(lab.squidOpenPort > 0, () -> "squid is not running: " + lab.problems);
	}

	private static ProxySpec proxy(int port, String user, char[] password) {
		return ProxySpec.parse("http://" + (user == null ? "" : user + "@") + "127.0.0.1:" + port, password);
	}

	@Test
	void okThroughTheProxyWithConnect() throws Exception {
		squid();
		ProbeResult r = assertOutcome(Outcome.OK, probeOne(https(lab.host("good"), lab.good.port()), b -> b.proxy(proxy(lab.squidOpenPort, null, null))));
		assertTrue(r.getAddresses().isEmpty(), "the proxy resolves, not the client");
		assertEquals("http://127.0.0.1:" + lab.squidOpenPort, r.getProxy().orElse(null));
		assertTrue(r.getElapsedMs().containsKey(Stage.PROXY));
	}

	@Test
	void okThroughTheProxyWithAnAbsoluteUri() throws Exception {
		squid();
		assertOutcome(Outcome.OK, probeOne(http(lab.host("plain"), lab.plain.port()), b -> b.proxy(proxy(lab.squidOpenPort, null, null))));
	}

	@Test
	void proxyDenies() throws Exception {
		squid();
		assertOutcome(Outcome.PROXY_DENIED, probeOne(https(lab.host("denied"), lab.good.port()), b -> b.proxy(proxy(lab.squidOpenPort, null, null))));
		assertOutcome(Outcome.PROXY_DENIED, probeOne(http(lab.host("denied"), lab.plain.port()), b -> b.proxy(proxy(lab.squidOpenPort, null, null))));
	}

	@Test
	void proxyAsksForBasicAuthentication() throws Exception {
		squid();
		ProbeResult r = assertOutcome(Outcome.PROXY_AUTH_REQUIRED,
				probeOne(https(lab.host("good"), lab.good.port()), b -> b.proxy(proxy(lab.squidAuthPort, null, null))));
		assertTrue(r.getDetail().contains("Basic"), r::getDetail);
	}

	@Test
	void basicAuthenticationOnConnectWorks() throws Exception {
		squid();
		ProbeResult r = assertOutcome(Outcome.OK,
				probeOne(https(lab.host("good"), lab.good.port()), b -> b.proxy(proxy(lab.squidAuthPort, Lab.PROXY_USER, lab.proxyPassword))));
		assertEquals("http://" + Lab.PROXY_USER + "@127.0.0.1:" + lab.squidAuthPort, r.getProxy().orElse(null));
		assertFalse(r.toString().contains(new String(lab.proxyPassword)));
		assertOutcome(Outcome.OK,
				probeOne(http(lab.host("plain"), lab.plain.port()), b -> b.proxy(proxy(lab.squidAuthPort, Lab.PROXY_USER, lab.proxyPassword))));
	}

	@Test
	void wrongProxyPasswordIsAuthRequired() throws Exception {
		squid();
		ProbeResult r = assertOutcome(Outcome.PROXY_AUTH_REQUIRED, probeOne(https(lab.host("good"), lab.good.port()),
				b -> b.proxy(proxy(lab.squidAuthPort, Lab.PROXY_USER, "wrong".toCharArray()))));
		assertTrue(r.getDetail().contains("rejected"), r::getDetail);
	}

	@Test
	void ntlmAndNegotiateAreNamed() throws Exception {
		ProbeResult r = assertOutcome(Outcome.PROXY_AUTH_REQUIRED,
				probeOne(https(lab.host("good"), lab.good.port()), b -> b.proxy(proxy(lab.ntlmProxy.port(), null, null))));
		assertTrue(r.getDetail().contains("NTLM") && r.getDetail().contains("Negotiate"), r::getDetail);
	}

	@Test
	void proxyCannotResolveTheTarget() throws Exception {
		squid();
		ProbeResult r = assertOutcome(Outcome.PROXY_UPSTREAM_FAIL,
				probeOne(https(lab.host("nx"), lab.good.port()), b -> b.proxy(proxy(lab.squidOpenPort, null, null))));
		assertTrue(r.getDetail().contains("X-Squid-Error"), r::getDetail);
		assertOutcome(Outcome.PROXY_UPSTREAM_FAIL, probeOne(http(lab.host("nx"), lab.plain.port()), b -> b.proxy(proxy(lab.squidOpenPort, null, null))));
	}

	@Test
	void proxyCannotConnectToTheTarget() throws Exception {
		squid();
		assertOutcome(Outcome.PROXY_UPSTREAM_FAIL, probeOne(https(lab.host("closed"), lab.closedPort), b -> b.proxy(proxy(lab.squidOpenPort, null, null))));
	}

	@Test
	void proxyUnreachable() throws Exception {
		ProbeResult r = assertOutcome(Outcome.PROXY_UNREACHABLE,
				probeOne(https(lab.host("good"), lab.good.port()), b -> b.proxy(proxy(lab.closedPort, null, null))));
		assertEquals(Stage.PROXY, r.getStage());
	}

	private static void inspection(org.endpointatlas.probe.ProbeOptions.Builder builder) {
		try {
			builder.inspectionRoots(Pem.readCertificates(lab.inspectionFile));
		} catch (Exception e) {
			throw new IllegalStateException(e);
		}
	}
}
