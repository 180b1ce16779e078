package org.endpointatlas.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeItem;
import org.endpointatlas.catalog.editor.CatalogEditors;
import org.endpointatlas.catalog.editor.internal.overlay.EffectiveRow;
import org.endpointatlas.catalog.editor.internal.overlay.OverlayEditor;
import org.endpointatlas.catalog.editor.internal.overlay.RowKind;
import org.junit.jupiter.api.Test;

/** The overlay editor: operations edited through the Properties view, the effective catalog recomputed live beside them. */
class OverlayEditorTest extends EditorTestSupport {

	static final String CDN = "configmgrbits.cdn.manage.microsoft.com";

	static final String OVERLAY = String.join("\n", //
			"<?xml version=\"1.0\" encoding=\"UTF-8\"?>", //
			"<catalog:Overlay xmi:version=\"2.0\" xmlns:xmi=\"http://www.omg.org/XMI\" xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\"", //
			"    xmlns:catalog=\"http://endpointatlas.org/catalog/1.0\" id=\"contoso\" name=\"Contoso changes\">", //
			"  <operations xsi:type=\"catalog:RemoveEndpoints\" reason=\"served by our own cache\">", //
			"    <match pattern=\"" + CDN + "\"/>", //
			"  </operations>", //
			"  <operations xsi:type=\"catalog:AddEndpoint\" area=\"url-forwarding\" description=\"our forwarder\">", //
			"    <endpoint pattern=\"fwd.contoso.com\" scheme=\"https\">", //
			"      <ports transport=\"tcp\" from=\"443\"/>", //
			"    </endpoint>", //
			"  </operations>", //
			"  <operations xsi:type=\"catalog:ReplacePattern\" notDocumented=\"true\" description=\"no equivalent here\">", //
			"    <match pattern=\"go.microsoft.com\"/>", //
			"  </operations>", //
			"</catalog:Overlay>", "");

	@Test
	void theEffectiveCatalogMarksWhatTheOverlayChangesAndFollowsEdits() throws Exception {
		Fixtures.write(home.resolve("contoso.overlay"), OVERLAY);
		OverlayEditor editor = assertInstanceOf(OverlayEditor.class, openFromNavigator("contoso.overlay"));
		Table table = Ui.find(editor.getBody(), Table.class, CatalogEditors.EFFECTIVE_TABLE_WIDGET_ID);
		waitForRow(editor, table, "fwd.contoso.com");

		assertEquals("added", row(table, "fwd.contoso.com").getText(0));
		assertEquals("removed", row(table, CDN).getText(0));
		assertEquals("removed: served by our own cache", row(table, CDN).getText(5));
		assertEquals("base", row(table, "aka.ms").getText(0));
		assertEquals("not documented", row(table, "go.microsoft.com").getText(0));
		assertEquals("not documented for this cloud: no equivalent here", row(table, "go.microsoft.com").getText(5));
		EffectiveRow added = rowModel(editor, "fwd.contoso.com");
		assertEquals(RowKind.ADDED, added.getKind());
		assertTrue(added.getProvenance().contains("Area url-forwarding"), added.getProvenance());
		assertTrue(added.getProvenance().contains(home.resolve("contoso.overlay") + ":7: added to area url-forwarding (our forwarder)"),
				added.getProvenance());
		assertTrue(rowModel(editor, CDN).getProvenance().contains("With this overlay: removed: served by our own cache"));

		// an edit of an operation recomputes the effective catalog
		Tree tree = treeOf(editor);
		TreeItem endpoint = Ui.item(tree, i -> i.getText().startsWith("fwd.contoso.com"), "the added endpoint");
		editProperty(editor, tree, endpoint, "Pattern", "proxy.contoso.com");
		waitForRow(editor, table, "proxy.contoso.com");
		assertEquals("added", row(table, "proxy.contoso.com").getText(0));
		assertFalse(Arrays.stream(table.getItems()).anyMatch(i -> i.getText(1).equals("fwd.contoso.com")));
		assertTrue(editor.isDirty());

		// only what the overlay changes
		Ui.click(Ui.find(editor.getBody(), Button.class, CatalogEditors.ONLY_CHANGES_WIDGET_ID));
		List<String> marks = Arrays.stream(table.getItems()).map(i -> i.getText(0)).toList();
		assertEquals(List.of("added", "not documented", "removed"), marks.stream().sorted().toList(), marks.toString());

		// the cloud is picked live
		Combo cloud = Ui.find(editor.getBody(), Combo.class, CatalogEditors.CLOUD_COMBO_WIDGET_ID);
		cloud.select(Arrays.asList(cloud.getItems()).indexOf("us-gov"));
		cloud.notifyListeners(SWT.Selection, new Event());
		Label status = Ui.find(editor.getBody(), Label.class, CatalogEditors.EFFECTIVE_STATUS_WIDGET_ID);
		UiWait.until("recomputed for us-gov", () -> status.getText().contains("in the us-gov cloud"), status::getText);
	}

	@Test
	void anOperationThatMatchesNothingIsAProblemWithItsLine() throws Exception {
		Fixtures.write(home.resolve("stale.overlay"), OVERLAY.replace(CDN, "gone.example.com"));
		OverlayEditor editor = assertInstanceOf(OverlayEditor.class, openFromNavigator("stale.overlay"));
		Table problems = Ui.find(editor.getBody(), Table.class, CatalogEditors.PROBLEMS_WIDGET_ID);
		UiWait.until("the problem is listed", () -> problems.getItemCount() > 0, () -> "no problems");
		String expected = home.resolve("stale.overlay") + ":4: error: matches no entry: gone.example.com";
		assertEquals(expected, problems.getItem(0).getText());
		Label status = Ui.find(editor.getBody(), Label.class, CatalogEditors.EFFECTIVE_STATUS_WIDGET_ID);
		assertTrue(status.getText().startsWith("The overlay cannot be applied"), status.getText());
	}

	private static void waitForRow(OverlayEditor editor, Table table, String pattern) {
		UiWait.until("a row for " + pattern, () -> !editor.isComputing() && find(table, pattern).isPresent(),
				() -> table.getItemCount() + " rows, computing " + editor.isComputing());
	}

	private static Optional<TableItem> find(Table table, String pattern) {
		return Arrays.stream(table.getItems()).filter(i -> pattern.equals(i.getText(1))).findFirst();
	}

	private static TableItem row(Table table, String pattern) {
		return find(table, pattern).orElseThrow(() -> new AssertionError("no row " + pattern));
	}

	private static EffectiveRow rowModel(OverlayEditor editor, String pattern) {
		return editor.getEffectiveRows().stream().filter(r -> r.getPattern().equals(pattern)).findFirst()
				.orElseThrow(() -> new AssertionError("no row " + pattern));
	}
}
