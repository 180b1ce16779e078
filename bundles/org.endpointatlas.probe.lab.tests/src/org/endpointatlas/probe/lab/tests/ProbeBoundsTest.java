package org.endpointatlas.probe.lab.tests;

import static org.endpointatlas.probe.lab.tests.LabCatalog.https;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.TimeUnit;

import org.endpointatlas.catalog.model.Endpoint;
import org.endpointatlas.probe.Outcome;
import org.endpointatlas.probe.ProbeReport;
import org.endpointatlas.probe.ProbeResult;
import org.endpointatlas.probe.Stage;
import org.junit.jupiter.api.Test;

/** Bounded time: deadlines, blackholes next to healthy endpoints, concurrency and the per-host limit. */
class ProbeBoundsTest extends LabTestSupport {

	private static Endpoint blackhole(int n) throws Exception {
		String host = lab.netns != null ? "b" + n + ".blackhole." + Lab.DOMAIN : lab.blackholeAddress();
		return https(host, lab.blackholePort());
	}

	@Test
	void theRunEndsWithinItsDeadlineWhenBlackholesArePresent() throws Exception {
		LabCatalog catalog = new LabCatalog().add(https(lab.host("good"), lab.good.port()));
		for (int i = 0; i < 5; i++) {
			catalog.add(blackhole(i));
		}
		long start = System.nanoTime();
		// a timeout far beyond the deadline: only the deadline can end the run within half of it, however loaded the machine
		ProbeReport report = probe(catalog, b -> b.timeoutMs(20_000).deadlineMs(1200));
		long ms = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
		assertTrue(ms < 10_000, "the run took " + ms + " ms with --deadline 1200 and --timeout 20000");
		assertTrue(report.isDeadlineReached());
		assertFalse(report.isCancelled(), "a deadline is not a stop");
		for (ProbeResult r : report.getResults()) {
			if (r.getHost().equals(lab.host("good"))) {
				assertOutcome(Outcome.OK, r);
			} else {
				assertOutcome(Outcome.DEADLINE_EXCEEDED, r);
				assertEquals(Stage.TCP, r.getStage(), r::toString);
			}
		}
		assertEquals(1, report.exitCode());
	}

	@Test
	void aBlackholeNeverDelaysTheOthers() throws Exception {
		LabCatalog catalog = new LabCatalog().add(blackhole(0), blackhole(1));
		for (int i = 0; i < 10; i++) {
			catalog.add(https("h" + i + "." + Lab.DOMAIN, lab.good.port()));
		}
		long[] okAt = new long[1];
		long start = System.nanoTime();
		ProbeReport report = probe(catalog, b -> b.timeoutMs(5000).concurrency(4).listener((r, done, total) -> {
			if (r.getOutcome() == Outcome.OK) {
				okAt[0] = Math.max(okAt[0], System.nanoTime());
			}
		}));
		long okMs = TimeUnit.NANOSECONDS.toMillis(okAt[0] - start);
		// had they queued behind the blackholes, they would have finished after their 5 s timeout
		assertTrue(okMs < 2500, "the healthy endpoints finished after " + okMs + " ms, behind the blackholes");
		assertEquals(10, report.countByOutcome().get(Outcome.OK));
		assertEquals(2, report.countByOutcome().get(Outcome.TCP_TIMEOUT));
	}

	@Test
	void theEndpointDeadlineCutsALongProbe() throws Exception {
		long start = System.nanoTime();
		ProbeResult r = probeOne(blackhole(9), b -> b.timeoutMs(20_000).endpointDeadlineMs(600));
		long ms = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
		assertOutcome(Outcome.DEADLINE_EXCEEDED, r);
		assertEquals(Stage.TCP, r.getStage());
		assertTrue(ms < 10_000, ms + " ms, with a 600 ms endpoint deadline and a 20 s timeout");
	}

	@Test
	void atMostTwoConnectionsPerHost() throws Exception {
		try (LabServer slow = LabServer.tls(Certs.server("good." + Lab.DOMAIN, java.util.List.of("*." + Lab.DOMAIN), lab.labRoot).serverContext(), 150)) {
			LabCatalog catalog = new LabCatalog();
			for (int i = 0; i < 6; i++) {
				Endpoint e = https(lab.host("same"), slow.port());
				e.setPathAndQuery("/n/" + i);
				catalog.add(e);
			}
			ProbeReport report = probe(catalog, b -> b.concurrency(32));
			assertEquals(6, report.countByOutcome().get(Outcome.OK));
			assertTrue(slow.maxConcurrent() <= 2, "max connections at once: " + slow.maxConcurrent());
		}
	}
}
