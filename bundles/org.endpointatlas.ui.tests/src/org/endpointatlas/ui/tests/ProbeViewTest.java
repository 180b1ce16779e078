package org.endpointatlas.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.core.runtime.preferences.IEclipsePreferences;
import org.eclipse.core.runtime.preferences.InstanceScope;
import org.eclipse.jface.action.ActionContributionItem;
import org.eclipse.jface.action.IAction;
import org.eclipse.jface.action.IContributionItem;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.Text;
import org.eclipse.swt.widgets.ToolBar;
import org.eclipse.swt.widgets.ToolItem;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeItem;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IViewPart;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.endpointatlas.core.io.UserCatalogHome;
import org.endpointatlas.probe.Outcome;
import org.endpointatlas.ui.EndpointAtlasUi;
import org.endpointatlas.ui.ProbePreferences;
import org.endpointatlas.ui.internal.views.probe.ProbeView;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The Probe view against a hermetic loopback lab: the user's catalog (in a private home) names lab hosts that a DNS
 * server of the lab resolves to 127.0.0.1; the test selects the area in the Areas view, presses Run in the Probe
 * view's toolbar, and reads the rows as they reach their outcomes. The UI-thread heartbeat's longest stall is printed.
 */
class ProbeViewTest {

	/** A new area id for each test: a tree that still shows the previous test's home cannot match. */
	private static int runs;
	private final String labArea = "ui-probe-lab-" + (++runs);
	private static final int OUTCOME = 1;
	private static final int TARGET = 2;
	private static final int STAGE = 4;
	private static final int DETAIL = 6;
	/** Long enough that a probe of the tarpit never ends by itself while a test waits (UiWait gives up after 30 s). */
	private static final int HANGING_TIMEOUT_MS = 120_000;
	private static final String[] PREFERENCE_KEYS = { ProbePreferences.DNS_SERVER, ProbePreferences.TIMEOUT_MS, ProbePreferences.CONCURRENCY,
			ProbePreferences.CA_FILE, ProbePreferences.PROXY_HOST, ProbePreferences.PROXY_USER };

	private String originalHome;
	private Path home;
	private LoopbackLab lab;
	private final Map<String, String> savedPreferences = new HashMap<>();
	private IWorkbenchPage page;

	@BeforeEach
	void setUp() throws Exception {
		originalHome = System.getProperty(UserCatalogHome.HOME_PROPERTY);
		home = Fixtures.newHome();
		IEclipsePreferences node = InstanceScope.INSTANCE.getNode(ProbePreferences.NODE);
		for (String key : PREFERENCE_KEYS) {
			savedPreferences.put(key, node.get(key, null));
		}
		IWorkbench workbench = PlatformUI.getWorkbench();
		page = workbench.showPerspective(EndpointAtlasUi.PERSPECTIVE_ID, workbench.getWorkbenchWindows()[0]);
	}

	@AfterEach
	void tearDown() throws Exception {
		IEclipsePreferences node = InstanceScope.INSTANCE.getNode(ProbePreferences.NODE);
		savedPreferences.forEach((key, value) -> {
			if (value == null) {
				node.remove(key);
			} else {
				node.put(key, value);
			}
		});
		if (lab != null) {
			lab.close();
		}
		Fixtures.dropHome(home, originalHome);
	}

	@Test
	void rowsReachTheirOutcomesAndTheHeartbeatRecordsTheLongestStall() throws Exception {
		lab = new LoopbackLab(home, 0);
		usePreferences(3000);
		writeCatalog(List.of( //
				endpoint("ok.lab.test", "http", lab.httpPort()), //
				endpoint("closed.lab.test", "https", lab.closedPort()), //
				endpoint("nx.lab.test", "https", 443), //
				endpoint("untrusted.lab.test", "https", lab.tlsPort())));

		ProbeView view = runProbeOfTheLabArea();
		Table table = Widgets.find(Table.class, EndpointAtlasUi.PROBE_TABLE_WIDGET_ID);
		UiWait.until("4 rows and the run ended", () -> table.getItemCount() == 4 && !view.isRunning(), () -> Widgets.describe(table));

		Map<String, String> outcomes = outcomesByTarget(table);
		assertEquals("OK", outcomes.get("http://ok.lab.test:" + lab.httpPort()), outcomes.toString());
		assertEquals("TCP_REFUSED", outcomes.get("https://closed.lab.test:" + lab.closedPort()), outcomes.toString());
		assertEquals("DNS_NXDOMAIN", outcomes.get("https://nx.lab.test:443"), outcomes.toString());
		assertEquals("TLS_UNTRUSTED", outcomes.get("https://untrusted.lab.test:" + lab.tlsPort()), outcomes.toString());

		// the evidence of the selected row, as a click selects it
		select(table, rowOf(table, "http://ok.lab.test:" + lab.httpPort()));
		String evidence = Widgets.find(Text.class, EndpointAtlasUi.PROBE_DETAILS_WIDGET_ID).getText();
		assertTrue(evidence.contains("Resolved: 127.0.0.1"), evidence);
		assertTrue(evidence.contains("HTTP status: 204"), evidence);
		select(table, rowOf(table, "https://untrusted.lab.test:" + lab.tlsPort()));
		evidence = Widgets.find(Text.class, EndpointAtlasUi.PROBE_DETAILS_WIDGET_ID).getText();
		assertTrue(evidence.contains("subject: CN=untrusted.lab.test"), evidence);

		// filter by outcome, then back to all
		Combo outcomeFilter = Widgets.find(Combo.class, EndpointAtlasUi.PROBE_OUTCOME_FILTER_WIDGET_ID);
		choose(outcomeFilter, "TCP_REFUSED");
		assertEquals(1, table.getItemCount(), Widgets.describe(table));
		choose(outcomeFilter, "(all)");
		Combo areaFilter = Widgets.find(Combo.class, EndpointAtlasUi.PROBE_AREA_FILTER_WIDGET_ID);
		choose(areaFilter, labArea);
		assertEquals(4, table.getItemCount(), Widgets.describe(table));
		choose(areaFilter, "(all)");

		// re-run the selected row: it is replaced, the others stay
		select(table, rowOf(table, "https://closed.lab.test:" + lab.closedPort()));
		action(view, EndpointAtlasUi.PROBE_RERUN_ACTION_ID).run();
		UiWait.until("the re-run ended", () -> !view.isRunning(), () -> Widgets.describe(table));
		assertEquals(4, table.getItemCount(), Widgets.describe(table));
		assertEquals("TCP_REFUSED", outcomesByTarget(table).get("https://closed.lab.test:" + lab.closedPort()));

		// exports through ProbeReportWriter
		Path json = home.resolve("probe.json");
		view.export("json", json);
		String written = Files.readString(json, StandardCharsets.UTF_8);
		assertTrue(written.contains("\"TLS_UNTRUSTED\"") && written.contains("\"DNS_NXDOMAIN\""), written);
		Path junit = home.resolve("probe.xml");
		view.export("junit", junit);
		assertTrue(Files.readString(junit, StandardCharsets.UTF_8).contains("<testsuite"), "JUnit XML");

		String statusLine = Widgets.find(Label.class, EndpointAtlasUi.PROBE_STATUS_WIDGET_ID).getText();
		assertTrue(view.getLongestStallMs() >= 0, "the heartbeat recorded the longest stall");
		assertTrue(statusLine.contains("longest UI stall"), statusLine);
		System.out.println("ProbeViewTest: 4-endpoint lab probe, longest UI-thread stall " + view.getLongestStallMs() + " ms; status: " + statusLine);
	}

	@Test
	void a150EndpointProbeKeepsTheUiThreadResponsive() throws Exception {
		lab = new LoopbackLab(home, 100);
		usePreferences(2000);
		writeCatalog(IntStream.range(0, 150).mapToObj(i -> endpoint(String.format("h%03d.lab.test", i), "http", lab.httpPort()))
				.collect(Collectors.toList()));

		ProbeView view = runProbeOfTheLabArea();
		Table table = Widgets.find(Table.class, EndpointAtlasUi.PROBE_TABLE_WIDGET_ID);
		UiWait.until("150 rows and the run ended", () -> table.getItemCount() == 150 && !view.isRunning(), () -> Widgets.describe(table));

		Map<String, Long> counts = view.getResults().stream().collect(Collectors.groupingBy(r -> r.getOutcome().name(), Collectors.counting()));
		assertEquals(Map.of("OK", 150L), counts);
		assertTrue(view.getLongestStallMs() >= 0, "the heartbeat recorded the longest stall");
		long first = view.getLongestStallMs();
		System.out.println("ProbeViewTest: 150-endpoint lab probe (100 ms server delay), first run, longest UI-thread stall " + first
				+ " ms; status: " + Widgets.find(Label.class, EndpointAtlasUi.PROBE_STATUS_WIDGET_ID).getText());

		// the same again, with the classes loaded and the code compiled: what an admin's second press costs
		action(view, EndpointAtlasUi.PROBE_RUN_ACTION_ID).run();
		UiWait.until("the second run started", view::isRunning, () -> Widgets.describe(table));
		UiWait.until("150 rows and the second run ended", () -> table.getItemCount() == 150 && !view.isRunning(), () -> Widgets.describe(table));
		assertEquals(150, view.getResults().stream().filter(r -> "OK".equals(r.getOutcome().name())).count());
		System.out.println("ProbeViewTest: 150-endpoint lab probe (100 ms server delay), second run, longest UI-thread stall "
				+ view.getLongestStallMs() + " ms; status: " + Widgets.find(Label.class, EndpointAtlasUi.PROBE_STATUS_WIDGET_ID).getText());
	}

	@Test
	void stopEndsTheRunAndMarksTheEndpointsItHadNotProbedCancelled() throws Exception {
		ProbeView view = startARunThatHangsInTheTarpit();
		ToolItem stop = Widgets.toolItem(view, ProbeView.STOP_ACTION_ID);
		Job job = view.getJob();
		assertTrue(stop.isEnabled(), "Stop is enabled while the probe runs");

		Widgets.press(stop);

		UiWait.until("the run ended", () -> !view.isRunning(), () -> rows(table()));
		assertStopped(view, job);
		assertFalse(stop.isEnabled(), "Stop is disabled once the run ended");
	}

	@Test
	void theProgressViewsCancelButtonStopsTheRunTheSameWay() throws Exception {
		ProbeView view = startARunThatHangsInTheTarpit();
		Job job = view.getJob();
		IViewPart progress = page.showView(IPageLayout.ID_PROGRESS_VIEW);
		try {
			ToolItem[] cancel = new ToolItem[1];
			UiWait.until("the Progress view lists the probe with its cancel button", () -> (cancel[0] = progressCancelButton(job).orElse(null)) != null,
					() -> "Progress view entries: " + progressEntriesText());

			Widgets.press(cancel[0]);

			UiWait.until("the run ended", () -> !view.isRunning(), () -> rows(table()));
			assertStopped(view, job);
			assertFalse(Widgets.toolItem(view, ProbeView.STOP_ACTION_ID).isEnabled(), "Stop is disabled once the run ended");
		} finally {
			page.hideView(progress);
		}
	}

	/**
	 * Two lab hosts that answer and three in the tarpit, probed one at a time with a timeout longer than any wait of the
	 * test: the run hangs in the first tarpit host it meets, and at least two endpoints are still waiting their turn.
	 * Returns once the tarpit holds the probe's connection and Stop is enabled.
	 */
	private ProbeView startARunThatHangsInTheTarpit() throws Exception {
		lab = new LoopbackLab(home, 0);
		usePreferences(HANGING_TIMEOUT_MS, 1);
		writeCatalog(List.of( //
				endpoint("ok1.lab.test", "http", lab.httpPort()), //
				endpoint("tarpit1.lab.test", "http", lab.tarpitPort()), //
				endpoint("ok2.lab.test", "http", lab.httpPort()), //
				endpoint("tarpit2.lab.test", "http", lab.tarpitPort()), //
				endpoint("tarpit3.lab.test", "http", lab.tarpitPort())));
		ProbeView view = (ProbeView) page.showView(EndpointAtlasUi.PROBE_VIEW_ID);
		UiWait.flush();
		assertFalse(view.isRunning(), "no run before the test's");
		assertFalse(Widgets.toolItem(view, ProbeView.STOP_ACTION_ID).isEnabled(), "Stop is disabled while no probe runs");

		runProbeOfTheLabArea();
		UiWait.until("the probe waits for the tarpit's answer", () -> lab.tarpitConnections() == 1 && view.isRunning(),
				() -> "tarpit connections " + lab.tarpitConnections() + ", running " + view.isRunning() + ", rows " + rows(table()));
		UiWait.until("Stop is enabled", () -> Widgets.toolItem(view, ProbeView.STOP_ACTION_ID).isEnabled(), () -> "Stop disabled");
		return view;
	}

	/**
	 * The job ended as cancelled, the probe's open connection was closed (it did not run on to its timeout), the hosts
	 * that answered before keep their outcome, the tarpit host being probed is CANCELLED during its tcp or http stage, and the
	 * endpoints not probed yet are CANCELLED as not run: in the table, in the view's results and in its exports.
	 */
	private void assertStopped(ProbeView view, Job job) throws IOException {
		assertEquals(Job.NONE, job.getState(), "the job is done");
		assertEquals(IStatus.CANCEL, job.getResult().getSeverity(), "the job's result: " + job.getResult());
		UiWait.until("the probe closed its connection to the tarpit", () -> lab.tarpitConnectionsClosedByClient() == 1,
				() -> "closed " + lab.tarpitConnectionsClosedByClient() + " of " + lab.tarpitConnections());
		assertEquals(1, lab.tarpitConnections(), "no other endpoint was probed after the stop");

		Table table = table();
		assertEquals(5, table.getItemCount(), rows(table));
		List<TableItem> cancelled = Arrays.stream(table.getItems()).filter(item -> ProbeView.CANCELLED.equals(item.getText(OUTCOME)))
				.collect(Collectors.toList());
		List<TableItem> ok = Arrays.stream(table.getItems()).filter(item -> "OK".equals(item.getText(OUTCOME))).collect(Collectors.toList());
		assertEquals(5, cancelled.size() + ok.size(), "every row is OK or " + ProbeView.CANCELLED + ": " + rows(table));
		assertTrue(ok.stream().allMatch(item -> item.getText(TARGET).startsWith("http://ok")), "only the answering hosts are OK: " + rows(table));
		assertTrue(Arrays.stream(table.getItems()).filter(item -> item.getText(TARGET).startsWith("http://tarpit"))
				.allMatch(item -> ProbeView.CANCELLED.equals(item.getText(OUTCOME))), "every tarpit host is cancelled: " + rows(table));
		// the tarpit accepted the connection, so the probe is past DNS; whether its own clock had moved on from the TCP
		// stage to HTTP when Stop came is a matter of microseconds
		List<TableItem> interrupted = cancelled.stream().filter(item -> item.getText(DETAIL).startsWith("stopped during the "))
				.collect(Collectors.toList());
		assertEquals(1, interrupted.size(), "one probe was stopped in the middle: " + rows(table));
		assertTrue(List.of("tcp", "http").contains(interrupted.get(0).getText(STAGE)), rows(table));
		assertTrue(interrupted.get(0).getText(TARGET).startsWith("http://tarpit"), rows(table));
		List<TableItem> notRun = cancelled.stream().filter(item -> ProbeView.NOT_RUN_DETAIL.equals(item.getText(DETAIL))).collect(Collectors.toList());
		assertEquals(cancelled.size() - 1, notRun.size(), "the other cancelled rows were not run: " + rows(table));
		assertTrue(notRun.size() >= 2, "at least the two other tarpit hosts were still waiting: " + rows(table));
		assertEquals(5 - ok.size() - 1, notRun.size());

		String statusLine = Widgets.find(Label.class, EndpointAtlasUi.PROBE_STATUS_WIDGET_ID).getText();
		assertTrue(statusLine.startsWith("Stopped."), statusLine);
		assertTrue(statusLine.contains(ProbeView.CANCELLED + " " + cancelled.size()), statusLine);
		assertTrue(view.wasStopped());

		// the outcome filter knows CANCELLED
		Combo outcomeFilter = Widgets.find(Combo.class, EndpointAtlasUi.PROBE_OUTCOME_FILTER_WIDGET_ID);
		choose(outcomeFilter, ProbeView.CANCELLED);
		assertEquals(cancelled.size(), table.getItemCount(), rows(table));
		choose(outcomeFilter, "(all)");
		assertEquals(cancelled.size(), view.getResults().stream().filter(r -> r.getOutcome() == Outcome.CANCELLED).count(), rows(table));
		assertExportsSayCancelled(view, cancelled.size(), ok.size());
		System.out.println("ProbeViewTest: stopped run: " + rows(table) + "; status: " + statusLine);
	}

	/** The exports an admin would hand on: the stopped rows are CANCELLED (JSON) and skipped (JUnit), never a timeout. */
	private void assertExportsSayCancelled(ProbeView view, int cancelled, int ok) throws IOException {
		Path json = home.resolve("stopped.json");
		view.export("json", json);
		String written = Files.readString(json, StandardCharsets.UTF_8);
		assertFalse(written.contains("DEADLINE_EXCEEDED"), written);
		assertEquals(cancelled, occurrences(written, "\"outcome\": \"CANCELLED\""), written);
		assertEquals(ok, occurrences(written, "\"outcome\": \"OK\""), written);
		assertEquals(1, occurrences(written, "\"detail\": \"stopped during the "), written);
		assertEquals(cancelled - 1, occurrences(written, "\"detail\": \"" + ProbeView.NOT_RUN_DETAIL + "\""), written);
		Path junit = home.resolve("stopped.xml");
		view.export("junit", junit);
		String xml = Files.readString(junit, StandardCharsets.UTF_8);
		assertEquals(cancelled, occurrences(xml, "<skipped message=\"CANCELLED at "), xml);
		assertFalse(xml.contains("<failure"), xml);
	}

	private static int occurrences(String text, String part) {
		int count = 0;
		for (int at = text.indexOf(part); at >= 0; at = text.indexOf(part, at + part.length())) {
			count++;
		}
		return count;
	}

	private static Table table() {
		return Widgets.find(Table.class, EndpointAtlasUi.PROBE_TABLE_WIDGET_ID);
	}

	private static String rows(Table table) {
		return Arrays.stream(table.getItems()).map(item -> item.getText(TARGET) + " " + item.getText(OUTCOME) + " [" + item.getText(DETAIL) + "]")
				.collect(Collectors.joining("; "));
	}

	/**
	 * The cancel button ("Cancel Operation") of the Progress view's entry for {@code job}: the entry is the view's
	 * composite for one job (a {@code ProgressInfoItem}), which shows the job's name in a label.
	 */
	private static Optional<ToolItem> progressCancelButton(Job job) {
		for (Composite entry : progressEntries()) {
			if (Ui.all(entry, Label.class).stream().anyMatch(label -> label.getText().startsWith(job.getName()))) {
				for (ToolBar toolBar : Ui.all(entry, ToolBar.class)) {
					for (ToolItem item : toolBar.getItems()) {
						if (item.isEnabled() && String.valueOf(item.getToolTipText()).startsWith("Cancel")) {
							return Optional.of(item);
						}
					}
				}
			}
		}
		return Optional.empty();
	}

	private static List<Composite> progressEntries() {
		return Arrays.stream(Display.getCurrent().getShells()).flatMap(shell -> Ui.all(shell, Composite.class).stream())
				.filter(c -> "ProgressInfoItem".equals(c.getClass().getSimpleName())).collect(Collectors.toList());
	}

	private static String progressEntriesText() {
		return progressEntries().stream().map(entry -> Ui.all(entry, Label.class).stream().map(Label::getText).collect(Collectors.joining(" | ")))
				.collect(Collectors.toList()).toString();
	}

	private void usePreferences(int timeoutMs) {
		usePreferences(timeoutMs, 32);
	}

	private void usePreferences(int timeoutMs, int concurrency) {
		IEclipsePreferences node = InstanceScope.INSTANCE.getNode(ProbePreferences.NODE);
		node.put(ProbePreferences.DNS_SERVER, lab.dnsServer());
		node.putInt(ProbePreferences.TIMEOUT_MS, timeoutMs);
		node.putInt(ProbePreferences.CONCURRENCY, concurrency);
		node.put(ProbePreferences.CA_FILE, "");
		node.put(ProbePreferences.PROXY_HOST, "");
		node.put(ProbePreferences.PROXY_USER, "");
	}

	/** Selects the lab area in the Areas view, shows the Probe view and presses its Run button. */
	private ProbeView runProbeOfTheLabArea() throws Exception {
		IViewPart areas = page.showView(EndpointAtlasUi.AREAS_VIEW_ID);
		action(areas, EndpointAtlasUi.REFRESH_ACTION_ID).run();
		Tree tree = Widgets.find(Tree.class, EndpointAtlasUi.AREAS_TREE_WIDGET_ID);
		UiWait.until("the tree shows " + labArea, () -> Widgets.column(Ui.items(tree), 1).contains(labArea), () -> Widgets.column(Ui.items(tree), 1).toString());
		TreeItem area = Ui.items(tree).stream().filter(item -> labArea.equals(item.getText(1))).findFirst().orElseThrow();
		Widgets.select(tree, area);
		ProbeView view = (ProbeView) page.showView(EndpointAtlasUi.PROBE_VIEW_ID);
		action(view, EndpointAtlasUi.PROBE_RUN_ACTION_ID).run();
		return view;
	}

	private void writeCatalog(List<String> endpoints) throws Exception {
		Fixtures.write(home.resolve("lab.catalog"), String.join("\n", //
				"<?xml version=\"1.0\" encoding=\"UTF-8\"?>", //
				"<catalog:Catalog xmi:version=\"2.0\" xmlns:xmi=\"http://www.omg.org/XMI\" xmlns:catalog=\"http://endpointatlas.org/catalog/1.0\"", //
				"    id=\"ui-lab\" name=\"UI probe lab\" version=\"2026.1\">", //
				"  <sources id=\"lab\" title=\"The UI test lab\" url=\"https://lab.test/\"/>", //
				"  <areas id=\"" + labArea + "\" name=\"UI probe lab\">", //
				String.join("\n", endpoints), //
				"  </areas>", //
				"</catalog:Catalog>", ""));
	}

	private static String endpoint(String host, String scheme, int port) {
		return "    <endpoints pattern=\"" + host + "\" scheme=\"" + scheme + "\">\n" //
				+ "      <ports transport=\"tcp\" from=\"" + port + "\"/>\n" //
				+ "      <sources document=\"lab\" section=\"lab\"/>\n" //
				+ "    </endpoints>";
	}

	private static Map<String, String> outcomesByTarget(Table table) {
		Map<String, String> outcomes = new HashMap<>();
		for (TableItem item : table.getItems()) {
			outcomes.put(item.getText(TARGET), item.getText(OUTCOME));
		}
		return outcomes;
	}

	private static TableItem rowOf(Table table, String target) {
		for (TableItem item : table.getItems()) {
			if (item.getText(TARGET).equals(target)) {
				return item;
			}
		}
		throw new AssertionError("no row for " + target + ": " + Widgets.describe(table));
	}

	/** Selects a row as a click does: the selection, then the Selection event the viewer listens to. */
	private static void select(Table table, TableItem item) {
		table.setSelection(item);
		Event event = new Event();
		event.item = item;
		table.notifyListeners(SWT.Selection, event);
		UiWait.flush();
	}

	private static void choose(Combo combo, String text) {
		int index = combo.indexOf(text);
		assertTrue(index >= 0, text + " in " + List.of(combo.getItems()));
		combo.select(index);
		combo.notifyListeners(SWT.Selection, new Event());
		UiWait.flush();
	}

	private static IAction action(IViewPart view, String id) {
		IContributionItem item = view.getViewSite().getActionBars().getToolBarManager().find(id);
		assertNotNull(item, id + " in the view toolbar");
		return ((ActionContributionItem) item).getAction();
	}
}
