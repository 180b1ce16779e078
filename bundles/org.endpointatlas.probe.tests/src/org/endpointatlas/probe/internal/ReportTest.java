package org.endpointatlas.probe.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;

import javax.xml.parsers.DocumentBuilderFactory;

import org.endpointatlas.probe.ChainCertificate;
import org.endpointatlas.probe.Outcome;
import org.endpointatlas.probe.ProbeReport;
import org.endpointatlas.probe.ProbeReportWriter;
import org.endpointatlas.probe.ProbeResult;
import org.endpointatlas.probe.Stage;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;

class ReportTest {

	private static ProbeReport report() {
		ProbeResult ok = ProbeResult.builder("*.example.test").host("a.example.test").port(443).scheme("https").areas(List.of("area")).required(true)
				.outcome(Outcome.OK).elapsed(Stage.DNS, 1).elapsed(Stage.TCP, 2).tls("TLSv1.3", "TLS_AES_128_GCM_SHA256")
				.chain(List.of(new ChainCertificate("CN=a", "CN=\"root\" <x>", "00".repeat(32), Instant.EPOCH))).httpStatus(200).detail("fine").build();
		ProbeResult failed = ProbeResult.builder("b.example.test").host("b.example.test").port(443).scheme("https").required(true)
				.outcome(Outcome.TCP_TIMEOUT).detail("line\nbreak \"quoted\" & <tag>").build();
		ProbeResult intercepted = ProbeResult.builder("c.example.test").host("c.example.test").port(443).scheme("https").required(true)
				.outcome(Outcome.TLS_INTERCEPTED).build();
		ProbeResult skipped = ProbeResult.builder("{prefix}.example.test").port(443).scheme("https").required(true)
				.outcome(Outcome.NOT_TESTABLE_PARAMETER).build();
		return new ProbeReport(List.of(ok, failed, intercepted, skipped), Instant.EPOCH, 1234, false, "lab@1");
	}

	@Test
	void exitCodeRule() {
		assertTrue(ProbeResult.countsAsFailure(Outcome.TCP_TIMEOUT, true, false));
		assertFalse(ProbeResult.countsAsFailure(Outcome.TCP_TIMEOUT, false, false));
		assertFalse(ProbeResult.countsAsFailure(Outcome.TLS_INTERCEPTED, true, false));
		assertTrue(ProbeResult.countsAsFailure(Outcome.TLS_INTERCEPTED, true, true));
		for (Outcome o : Outcome.values()) {
			if (o.isNotTestable()) {
				assertFalse(ProbeResult.countsAsFailure(o, true, true), o.name());
			}
		}
		assertTrue(ProbeResult.countsAsFailure(Outcome.DEADLINE_EXCEEDED, true, false));
		assertFalse(ProbeResult.countsAsFailure(Outcome.CANCELLED, true, true), "a cancelled probe found nothing");
		assertEquals(1, report().exitCode());
	}

	private static ProbeResult cancelled(String host, boolean required, Stage stage, String detail) {
		return ProbeResult.builder(host).host(host).port(443).scheme("https").areas(List.of("area")).required(required)
				.outcome(Outcome.CANCELLED).stage(stage).detail(detail).build();
	}

	/** An OK endpoint, a required one stopped during TLS and an optional one that was never run. */
	private static ProbeReport stoppedReport() {
		ProbeResult ok = ProbeResult.builder("a.example.test").host("a.example.test").port(443).scheme("https").required(true)
				.outcome(Outcome.OK).build();
		return new ProbeReport(List.of(ok, cancelled("b.example.test", true, Stage.TLS, "stopped during the tls stage, after 12 ms"),
				cancelled("c.example.test", false, Stage.NONE, ProbeResult.NOT_RUN_DETAIL)), Instant.EPOCH, 50, false, "lab@1");
	}

	@Test
	void aStoppedRunIsNoPassThoughNoResultFailed() {
		ProbeReport report = stoppedReport();
		assertTrue(report.isCancelled());
		assertFalse(report.isFailed(), "nothing was learned about the cancelled endpoints");
		assertFalse(report.isDeadlineReached());
		assertEquals(1, report.exitCode(), "a required endpoint was cancelled");
		ProbeReport optionalOnly = new ProbeReport(List.of(cancelled("c.example.test", false, Stage.NONE, ProbeResult.NOT_RUN_DETAIL)),
				Instant.EPOCH, 1, false, null);
		assertEquals(0, optionalOnly.exitCode(), "as with deadlines, only required endpoints decide the exit code");
	}

	private static Document junit(ProbeReport report) throws Exception {
		StringWriter text = new StringWriter();
		ProbeReportWriter.write("junit", report, text);
		return DocumentBuilderFactory.newInstance().newDocumentBuilder()
				.parse(new ByteArrayInputStream(text.toString().getBytes(StandardCharsets.UTF_8)));
	}

	@Test
	void junitSkipsCancelledEndpoints() throws Exception {
		Document document = junit(stoppedReport());
		assertEquals("0", document.getDocumentElement().getAttribute("failures"));
		assertEquals("2", document.getDocumentElement().getAttribute("skipped"));
		assertEquals(0, document.getElementsByTagName("failure").getLength());
		assertEquals(2, document.getElementsByTagName("skipped").getLength());
		String message = ((org.w3c.dom.Element) document.getElementsByTagName("skipped").item(0)).getAttribute("message");
		assertEquals("CANCELLED at tls: stopped during the tls stage, after 12 ms", message);
	}

	@Test
	void jsonAndTableSayCancelled() throws Exception {
		StringWriter json = new StringWriter();
		ProbeReportWriter.write("json", stoppedReport(), json);
		assertTrue(json.toString().contains("\"outcome\": \"CANCELLED\", \"stage\": \"tls\", \"failed\": false"), json::toString);
		assertFalse(json.toString().contains("DEADLINE_EXCEEDED"), json::toString);
		StringWriter table = new StringWriter();
		ProbeReportWriter.write("table", stoppedReport(), table);
		assertTrue(table.toString().startsWith("CANCELLED (2, not probed to the end: the run was stopped)"), table::toString);
		assertTrue(table.toString().contains("3 probed in 50 ms: 1 ok, 0 failed, 0 not testable, 2 cancelled; the run was stopped before it finished"),
				table::toString);
	}

	@Test
	void junitIsWellFormedWithFailuresAndSkips() throws Exception {
		Document document = junit(report());
		assertEquals("4", document.getDocumentElement().getAttribute("tests"));
		assertEquals("1", document.getDocumentElement().getAttribute("failures"));
		assertEquals("1", document.getDocumentElement().getAttribute("skipped"));
		assertEquals(4, document.getElementsByTagName("testcase").getLength());
		assertEquals("TCP_TIMEOUT", ((org.w3c.dom.Element) document.getElementsByTagName("failure").item(0)).getAttribute("type"));
	}

	@Test
	void jsonEscapesStrings() throws Exception {
		StringWriter text = new StringWriter();
		ProbeReportWriter.write("json", report(), text);
		String json = text.toString();
		assertTrue(json.startsWith("[") && json.trim().endsWith("]"));
		assertTrue(json.contains("\"detail\": \"line\\nbreak \\\"quoted\\\" & <tag>\""), json);
		assertTrue(json.contains("\"elapsedMs\": {\"dns\": 1, \"tcp\": 2}"), json);
		assertTrue(json.contains("\"host\": null"), json);
	}

	@Test
	void tableGroupsFailuresFirst() throws Exception {
		StringWriter text = new StringWriter();
		ProbeReportWriter.write("table", report(), text);
		String table = text.toString();
		assertTrue(table.startsWith("TCP_TIMEOUT (1, failed)"), table);
		assertTrue(table.indexOf("TLS_INTERCEPTED") < table.indexOf("OK (1, ok)"), table);
		assertTrue(table.contains("4 probed in 1234 ms: 1 ok, 1 failed, 1 not testable"), table);
	}
}
