package org.endpointatlas.probe.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;

import org.endpointatlas.probe.Outcome;
import org.endpointatlas.probe.ProbeOptions;
import org.endpointatlas.probe.ProbeResult;
import org.endpointatlas.probe.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The engine tells a stop (an interrupt of its thread) from a deadline: three plain-HTTP tasks, one at a time, against
 * a loopback server that reads the request and never answers, so the first hangs in its http stage and the others
 * wait their turn. No assertion depends on how long anything takes; the waits only bound a broken run.
 */
class EngineCutoffTest {

	/** Far longer than any wait of the test: only the stop or the run's deadline ends the hanging probe. */
	private static final int TIMEOUT_MS = 120_000;
	private static final long WAIT_S = 30;

	private SilentServer server;

	@BeforeEach
	void startServer() throws IOException {
		server = new SilentServer();
	}

	@AfterEach
	void stopServer() throws IOException {
		server.close();
	}

	@Test
	void anInterruptedRunIsCancelledNeverDeadlineExceeded() throws Exception {
		Engine engine = engine(ProbeOptions.builder().timeoutMs(TIMEOUT_MS).concurrency(1));
		Planner.Plan plan = plan(3);
		AtomicReference<Engine.Outcomes> outcomes = new AtomicReference<>();
		AtomicBoolean keptInterrupt = new AtomicBoolean();
		Thread runner = new Thread(() -> {
			outcomes.set(engine.run(plan));
			keptInterrupt.set(Thread.currentThread().isInterrupted());
		}, "engine-cutoff-test");
		runner.start();
		assertTrue(server.requestRead.await(WAIT_S, TimeUnit.SECONDS), "the first probe sent its request");

		runner.interrupt();

		runner.join(TimeUnit.SECONDS.toMillis(WAIT_S));
		assertFalse(runner.isAlive(), "the engine returned after the interrupt");
		assertTrue(keptInterrupt.get(), "the engine's thread keeps its interrupt status");
		assertTrue(server.closedByClient.await(WAIT_S, TimeUnit.SECONDS), "the stopped probe closed its connection");
		List<ProbeResult> results = outcomes.get().results;
		assertFalse(outcomes.get().deadlineReached, "a stop is not a deadline");
		assertResult(results.get(0), Outcome.CANCELLED, Stage.HTTP, "stopped during the http stage, after ");
		assertResult(results.get(1), Outcome.CANCELLED, Stage.NONE, ProbeResult.NOT_RUN_DETAIL);
		assertResult(results.get(2), Outcome.CANCELLED, Stage.NONE, ProbeResult.NOT_RUN_DETAIL);
	}

	@Test
	void aRunThatReachesItsDeadlineIsDeadlineExceeded() throws Exception {
		Engine.Outcomes outcomes = engine(ProbeOptions.builder().timeoutMs(TIMEOUT_MS).concurrency(1).deadlineMs(2000)).run(plan(3));

		assertTrue(outcomes.deadlineReached);
		assertResult(outcomes.results.get(0), Outcome.DEADLINE_EXCEEDED, Stage.HTTP, "the run's deadline (2000 ms) passed during the http stage");
		// the first probe's socket timeout may end it in the deadline's last millisecond, so the second may have started
		assertEquals(Outcome.DEADLINE_EXCEEDED, outcomes.results.get(1).getOutcome(), outcomes.results.get(1)::toString);
		assertTrue(outcomes.results.get(1).getDetail().startsWith("the run's deadline (2000 ms) passed "), outcomes.results.get(1)::toString);
		assertResult(outcomes.results.get(2), Outcome.DEADLINE_EXCEEDED, Stage.NONE, "the run's deadline (2000 ms) passed before this endpoint's turn");
		assertFalse(Thread.currentThread().isInterrupted());
	}

	/** Tasks handed to workers that had not started yet when the stop came get a result too: no slot stays empty. */
	@Test
	void aRunInterruptedBeforeItWaitsAnswersForEveryTask() throws Exception {
		Engine engine = engine(ProbeOptions.builder().timeoutMs(TIMEOUT_MS).concurrency(2));
		Thread.currentThread().interrupt();
		Engine.Outcomes outcomes;
		try {
			outcomes = engine.run(plan(4));
		} finally {
			assertTrue(Thread.interrupted(), "the interrupt status is kept (and cleared here)");
		}

		assertEquals(4, outcomes.results.size());
		for (ProbeResult r : outcomes.results) {
			assertNotNull(r, "every slot has a result: " + outcomes.results);
			assertEquals(Outcome.CANCELLED, r.getOutcome(), r::toString);
			assertTrue(r.getDetail().equals(ProbeResult.NOT_RUN_DETAIL) || r.getDetail().startsWith("stopped during the "), r::toString);
		}
	}

	private static void assertResult(ProbeResult r, Outcome outcome, Stage stage, String detailStart) {
		assertEquals(outcome, r.getOutcome(), r::toString);
		assertEquals(stage, r.getStage(), r::toString);
		assertTrue(r.getDetail().startsWith(detailStart), r::toString);
	}

	private static Engine engine(ProbeOptions.Builder options) throws Exception {
		ProbeOptions built = options.build();
		Trust trust = new Trust(List.of(), List.of(), List.of());
		return new Engine(new Engine.Context(built, trust, Dns.system(built.getTimeoutMs(), Runnable::run), null, host -> true));
	}

	/** {@code count} required http tasks to the silent server, by its address (no DNS), each its own endpoint. */
	private Planner.Plan plan(int count) {
		Planner.Plan plan = new Planner.Plan();
		for (int i = 0; i < count; i++) {
			ProbeTask task = new ProbeTask(i, "e" + i + ".example.test", "127.0.0.1", server.port(), false, "/", false, false, false, true,
					List.of("area"));
			plan.tasks.add(task);
			plan.slots.add(task);
		}
		return plan;
	}

	/** Accepts connections, reads the first request and never answers; tells when a client hung up. */
	private static final class SilentServer implements AutoCloseable {

		final CountDownLatch requestRead = new CountDownLatch(1);
		final CountDownLatch closedByClient = new CountDownLatch(1);
		private final ServerSocket socket = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());

		SilentServer() throws IOException {
			Thread acceptor = new Thread(this::serve, "silent-server");
			acceptor.setDaemon(true);
			acceptor.start();
		}

		int port() {
			return socket.getLocalPort();
		}

		private void serve() {
			try (Socket client = socket.accept()) {
				InputStream in = client.getInputStream();
				if (in.read() >= 0) {
					requestRead.countDown();
				}
				while (in.read() >= 0) {
					// the rest of the request; the server never answers
				}
				closedByClient.countDown();
			} catch (IOException e) {
				// the client reset the connection, or the test closed the server
				closedByClient.countDown();
			}
		}

		@Override
		public void close() throws IOException {
			socket.close();
		}
	}
}
