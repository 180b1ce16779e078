package org.endpointatlas.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.eclipse.core.runtime.preferences.IEclipsePreferences;
import org.eclipse.core.runtime.preferences.InstanceScope;
import org.eclipse.jface.action.ActionContributionItem;
import org.eclipse.jface.action.IAction;
import org.eclipse.jface.action.IContributionItem;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.Text;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeItem;
import org.eclipse.ui.IViewPart;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.endpointatlas.core.io.UserCatalogHome;
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

	private void usePreferences(int timeoutMs) {
		IEclipsePreferences node = InstanceScope.INSTANCE.getNode(ProbePreferences.NODE);
		node.put(ProbePreferences.DNS_SERVER, lab.dnsServer());
		node.putInt(ProbePreferences.TIMEOUT_MS, timeoutMs);
		node.putInt(ProbePreferences.CONCURRENCY, 32);
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
