package org.endpointatlas.probe.lab.tests;

import static org.endpointatlas.probe.lab.tests.LabCatalog.https;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringWriter;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Collectors;

import org.endpointatlas.probe.Outcome;
import org.endpointatlas.probe.ProbeReport;
import org.endpointatlas.probe.ProbeReportWriter;
import org.endpointatlas.probe.ProbeResult;
import org.endpointatlas.probe.Stage;
import org.junit.jupiter.api.Test;

/**
 * A stopped run against a deadline, through the Prober service: the same lab catalog, one endpoint at a time (a good
 * host, the server that stalls after accept, two hosts that never get their turn), ended once by an interrupt of the
 * thread that runs the probe and once by the run's deadline. The stage timeout is far longer than any wait, so only
 * the stop or the deadline can end the run; no assertion depends on how long anything takes.
 */
class ProbeStopTest extends LabTestSupport {

	private static final int TIMEOUT_MS = 120_000;
	private static final long WAIT_MS = 30_000;

	/** In the order the probe takes them (the effective catalog sorts by pattern): good, hang, later1, later2. */
	private static LabCatalog catalog() throws Exception {
		return new LabCatalog().add(https(lab.host("good"), lab.good.port()), https(lab.host("hang"), lab.stall.port()),
				https(lab.host("later1"), lab.good.port()), https(lab.host("later2"), lab.good.port()));
	}

	@Test
	void anInterruptedRunIsCancelledNeverDeadlineExceeded() throws Exception {
		int stalledBefore = lab.stall.accepted();
		AtomicReference<ProbeReport> report = new AtomicReference<>();
		AtomicReference<Throwable> failure = new AtomicReference<>();
		AtomicBoolean keptInterrupt = new AtomicBoolean();
		Thread runner = new Thread(() -> {
			try {
				report.set(probe(catalog(), b -> b.timeoutMs(TIMEOUT_MS).concurrency(1)));
				keptInterrupt.set(Thread.currentThread().isInterrupted());
			} catch (Throwable e) {
				failure.set(e);
			}
		}, "probe-stop-test");
		runner.start();
		awaitStallAccepted(stalledBefore);

		runner.interrupt();

		runner.join(WAIT_MS);
		assertFalse(runner.isAlive(), "the probe returned after the interrupt");
		assertNull(failure.get(), () -> "the probe threw " + failure.get());
		assertTrue(keptInterrupt.get(), "the probing thread keeps its interrupt status");
		List<ProbeResult> results = report.get().getResults();
		assertHosts(results);
		assertOutcome(Outcome.OK, results.get(0));
		ProbeResult stopped = assertOutcome(Outcome.CANCELLED, results.get(1));
		// the stall server accepted the connection; whether the probe's clock had moved from tcp to tls is a matter of microseconds
		assertTrue(List.of(Stage.TCP, Stage.TLS).contains(stopped.getStage()), stopped::toString);
		assertTrue(stopped.getDetail().startsWith("stopped during the " + stopped.getStage().id() + " stage, after "), stopped::toString);
		for (ProbeResult notRun : results.subList(2, 4)) {
			assertOutcome(Outcome.CANCELLED, notRun);
			assertEquals(Stage.NONE, notRun.getStage(), notRun::toString);
			assertEquals(ProbeResult.NOT_RUN_DETAIL, notRun.getDetail());
		}
		assertTrue(report.get().isCancelled());
		assertFalse(report.get().isDeadlineReached(), "a stop is not a deadline");
		assertEquals(1, report.get().exitCode(), "a stopped run is not a pass");
		assertValidJson(report.get());
	}

	@Test
	void aRunThatReachesItsDeadlineIsDeadlineExceededNeverCancelled() throws Exception {
		ProbeReport report = probe(catalog(), b -> b.timeoutMs(TIMEOUT_MS).concurrency(1).deadlineMs(1000));

		assertTrue(report.isDeadlineReached());
		assertFalse(report.isCancelled());
		List<ProbeResult> results = report.getResults();
		assertHosts(results);
		assertTrue(List.of(Outcome.OK, Outcome.DEADLINE_EXCEEDED).contains(results.get(0).getOutcome()), results.get(0)::toString);
		for (ProbeResult r : results.subList(1, 4)) {
			assertOutcome(Outcome.DEADLINE_EXCEEDED, r);
			assertTrue(r.getDetail().startsWith("the run's deadline (1000 ms) passed"), r::toString);
		}
		assertEquals(Stage.NONE, results.get(3).getStage(), results.get(3)::toString);
		assertEquals(1, report.exitCode());
		assertValidJson(report);
	}

	private static void assertHosts(List<ProbeResult> results) {
		assertEquals(List.of(lab.host("good"), lab.host("hang"), lab.host("later1"), lab.host("later2")),
				results.stream().map(ProbeResult::getHost).collect(Collectors.toList()));
	}

	private static void awaitStallAccepted(int before) throws InterruptedException {
		long end = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(WAIT_MS);
		while (lab.stall.accepted() == before) {
			assertTrue(System.nanoTime() < end, "the stall server never saw the probe");
			Thread.sleep(20);
		}
	}

	private static void assertValidJson(ProbeReport report) throws Exception {
		StringWriter json = new StringWriter();
		ProbeReportWriter.write("json", report, json);
		List<String> problems = JsonCheck.validate(JsonCheck.parse(json.toString()), JsonCheck.probeResultsSchema(), "$");
		assertTrue(problems.isEmpty(), () -> problems + "\n" + json);
	}
}
