package org.endpointatlas.probe.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;

class HttpHeadTest {

	private static HttpHead read(String text) throws IOException {
		return HttpHead.read(new ByteArrayInputStream(text.getBytes(StandardCharsets.ISO_8859_1)));
	}

	@Test
	void readsStatusAndHeadersAndSkipsInterimResponses() throws IOException {
		HttpHead head = read("HTTP/1.1 100 Continue\r\n\r\nHTTP/1.1 503 Service Unavailable\r\nX-Squid-Error: ERR_DNS_FAIL 0\r\n"
				+ "Proxy-Authenticate: Basic realm=\"x\"\r\nproxy-authenticate: NTLM\r\n\r\nbody");
		assertEquals(503, head.status);
		assertEquals("Service Unavailable", head.reason);
		assertEquals("ERR_DNS_FAIL 0", head.header("x-squid-error").orElse(null));
		assertEquals(2, head.headers("Proxy-Authenticate").size());
	}

	@Test
	void rejectsWhatIsNotHttp() {
		assertThrows(IOException.class, () -> read("\u0016\u0003\u0001garbage\r\n\r\n"));
		assertThrows(IOException.class, () -> read(""));
	}

	@Test
	void namesTheAuthenticationSchemes() {
		assertEquals(List.of("Basic", "Negotiate", "NTLM"),
				HttpHead.challengeSchemes(List.of("Basic realm=\"corp\", Negotiate", "NTLM", "negotiate YII=")));
		assertEquals(List.of("Digest"), HttpHead.challengeSchemes(List.of("Digest realm=\"x\", nonce=\"abc\", qop=\"auth\"")));
	}
}
