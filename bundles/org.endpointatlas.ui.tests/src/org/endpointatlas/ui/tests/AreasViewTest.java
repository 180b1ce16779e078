package org.endpointatlas.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import org.eclipse.jface.action.ActionContributionItem;
import org.eclipse.jface.action.IAction;
import org.eclipse.jface.action.IContributionItem;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeItem;
import org.eclipse.ui.IViewPart;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PlatformUI;
import org.endpointatlas.ui.EndpointAtlasUi;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;

/**
 * Black-box UI test of the Endpoint Atlas workbench: it runs inside our own application on the UI thread and reads the
 * real widgets of the Areas view, which shows what the running area bundles contribute.
 */
class AreasViewTest {

	private static final String URL_FORWARDING = "url-forwarding";
	private static final String UPDATES = "updates-and-servicing";
	private static final String UPDATES_BUNDLE = "org.endpointatlas.configmgr.updates";
	private static final String URL_FORWARDING_BUNDLE = "org.endpointatlas.configmgr.urlforwarding";
	private static final String CDN_HOST = "configmgrbits.cdn.manage.microsoft.com";
	private static final String RETIRED_CDN_HOST = "configmgrbits.azureedge.net";
	private static final int NAME = 0;
	private static final int ID = 1;
	private static final int COUNT = 2;

	private IWorkbenchWindow window;
	private IViewPart view;
	private Tree tree;
	private Table table;

	@BeforeEach
	void openAreasView() throws Exception {
		IWorkbench workbench = PlatformUI.getWorkbench();
		window = workbench.getWorkbenchWindows()[0];
		IWorkbenchPage page = workbench.showPerspective(EndpointAtlasUi.PERSPECTIVE_ID, window);
		view = page.showView(EndpointAtlasUi.AREAS_VIEW_ID);
		tree = Widgets.find(Tree.class, EndpointAtlasUi.AREAS_TREE_WIDGET_ID);
		table = Widgets.find(Table.class, EndpointAtlasUi.ENDPOINTS_TABLE_WIDGET_ID);
		waitUntilTreeShows(URL_FORWARDING, UPDATES);
	}

	@Test
	void windowIsTheEndpointAtlasWorkbench() {
		assertEquals(EndpointAtlasUi.WINDOW_TITLE, window.getShell().getText());
		assertEquals(EndpointAtlasUi.PERSPECTIVE_ID, window.getActivePage().getPerspective().getId());
		assertEquals(EndpointAtlasUi.PRODUCT_ID, org.eclipse.core.runtime.Platform.getProduct().getId());
		assertEquals("Endpoint Atlas", org.eclipse.core.runtime.Platform.getProduct().getName());
	}

	@Test
	void treeGroupsTheAreasByContributingBundle() {
		TreeItem updatesBundle = Widgets.findItem(tree, NAME, UPDATES_BUNDLE);
		TreeItem forwardingBundle = Widgets.findItem(tree, NAME, URL_FORWARDING_BUNDLE);

		assertEquals(List.of(UPDATES), Widgets.column(Arrays.asList(updatesBundle.getItems()), ID));
		assertEquals(List.of(URL_FORWARDING), Widgets.column(Arrays.asList(forwardingBundle.getItems()), ID));
		TreeItem updates = updatesBundle.getItem(0);
		assertEquals("Updates and servicing", updates.getText(NAME));
		assertTrue(Integer.parseInt(updates.getText(COUNT)) > 10, "endpoint count of " + UPDATES + ": " + updates.getText(COUNT));
		List<String> origins = Widgets.column(Arrays.asList(tree.getItems()), NAME);
		assertEquals(origins.stream().sorted().toList(), origins, "contributors are sorted");
	}

	@Test
	void selectingAnAreaShowsItsEndpoints() {
		TreeItem updates = Widgets.findItem(tree, ID, UPDATES);
		Widgets.select(tree, updates);

		assertEquals(List.of("Pattern", "Scheme", "Ports", "Roles", "Status", "Path"), Widgets.headers(table));
		assertEquals(Integer.parseInt(updates.getText(COUNT)), table.getItemCount(), Widgets.describe(table));
		TableItem cdn = rowWithPattern(CDN_HOST).orElseThrow(() -> new AssertionError(CDN_HOST + " missing: " + Widgets.describe(table)));
		List<String> row = Widgets.row(cdn, 5);
		assertEquals("https", row.get(1), row.toString());
		assertTrue(row.get(2).contains("tcp/443"), row.toString());
		assertTrue(row.get(3).contains("service-connection-point"), row.toString());
		assertEquals("active", row.get(4), row.toString());
		List<String> patterns = Widgets.column(table, 0);
		assertEquals(patterns.stream().sorted().toList(), patterns, "rows are sorted by pattern");
		assertTrue(rowWithPattern(RETIRED_CDN_HOST).isEmpty(), "the retired CDN host is hidden by default");
	}

	@Test
	void selectingABundleShowsAllItsAreasEndpoints() {
		TreeItem forwardingBundle = Widgets.findItem(tree, NAME, URL_FORWARDING_BUNDLE);
		Widgets.select(tree, forwardingBundle);

		assertEquals(Integer.parseInt(forwardingBundle.getText(COUNT)), table.getItemCount(), Widgets.describe(table));
		assertEquals(forwardingBundle.getItem(0).getText(COUNT), forwardingBundle.getText(COUNT), "its one area has them all");
		assertTrue(table.getItemCount() > 0);
		assertTrue(rowWithPattern(CDN_HOST).isEmpty(), "url-forwarding must not list the updates CDN");
	}

	@Test
	void refreshFollowsAnAreaBundleThatStopsAndStarts() throws Exception {
		Bundle forwarding = bundle(URL_FORWARDING_BUNDLE);
		try {
			forwarding.stop();
			refresh();
			UiWait.until("url-forwarding is gone", () -> !Widgets.column(Widgets.areaItems(tree), ID).contains(URL_FORWARDING),
					() -> Widgets.describe(tree));
			assertEquals(List.of(UPDATES), Widgets.column(Widgets.areaItems(tree), ID));
		} finally {
			forwarding.start(Bundle.START_ACTIVATION_POLICY);
		}
		refresh();
		waitUntilTreeShows(URL_FORWARDING, UPDATES);
	}

	@Test
	void showRetiredAddsTheRetiredCdnHostAndKeepsTheSelection() {
		TreeItem updates = Widgets.findItem(tree, ID, UPDATES);
		Widgets.select(tree, updates);
		int active = table.getItemCount();
		IAction showRetired = action(EndpointAtlasUi.SHOW_RETIRED_ACTION_ID);
		try {
			showRetired.setChecked(true);
			showRetired.run();
			UiWait.until("the retired CDN host is listed", () -> rowWithPattern(RETIRED_CDN_HOST).isPresent(), () -> Widgets.describe(table));
			assertEquals("retired", rowWithPattern(RETIRED_CDN_HOST).get().getText(4));
			assertEquals(active + 1, table.getItemCount(), Widgets.describe(table));
			assertEquals(String.valueOf(active + 1), Widgets.findItem(tree, ID, UPDATES).getText(COUNT));
		} finally {
			showRetired.setChecked(false);
			showRetired.run();
		}
		UiWait.until("the retired CDN host is hidden again", () -> rowWithPattern(RETIRED_CDN_HOST).isEmpty(), () -> Widgets.describe(table));
		assertEquals(active, table.getItemCount());
	}

	private void waitUntilTreeShows(String... areaIds) {
		UiWait.until("the tree shows " + Arrays.toString(areaIds),
				() -> Widgets.column(Widgets.areaItems(tree), ID).containsAll(List.of(areaIds)), () -> Widgets.describe(tree));
	}

	private void refresh() {
		action(EndpointAtlasUi.REFRESH_ACTION_ID).run();
	}

	private IAction action(String id) {
		IContributionItem item = view.getViewSite().getActionBars().getToolBarManager().find(id);
		assertNotNull(item, id + " in the view toolbar");
		return ((ActionContributionItem) item).getAction();
	}

	private Optional<TableItem> rowWithPattern(String pattern) {
		return Arrays.stream(table.getItems()).filter(item -> pattern.equals(item.getText(0))).findFirst();
	}

	private static Bundle bundle(String symbolicName) {
		return Arrays.stream(FrameworkUtil.getBundle(AreasViewTest.class).getBundleContext().getBundles())
				.filter(b -> symbolicName.equals(b.getSymbolicName())).findFirst()
				.orElseThrow(() -> new AssertionError(symbolicName + " is not installed"));
	}
}
