package org.endpointatlas.ui.tests;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.core.commands.ExecutionException;
import org.eclipse.core.commands.NotEnabledException;
import org.eclipse.core.commands.NotHandledException;
import org.eclipse.core.commands.common.NotDefinedException;
import org.eclipse.jface.action.ActionContributionItem;
import org.eclipse.jface.action.IContributionItem;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Text;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeItem;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IViewPart;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.handlers.IHandlerService;
import org.eclipse.ui.views.properties.PropertySheet;
import org.endpointatlas.catalog.editor.internal.ModelEditor;
import org.endpointatlas.core.io.UserCatalogHome;
import org.endpointatlas.ui.EndpointAtlasUi;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

/**
 * What the editor tests share: a private user-catalog home, the workbench page with the Areas navigator and the
 * Properties view, and ways to open, edit and command editors through their widgets.
 */
abstract class EditorTestSupport {

	protected IWorkbenchWindow window;
	protected IWorkbenchPage page;
	protected IViewPart areasView;
	protected Tree areasTree;
	protected Path home;
	private String originalHome;

	@BeforeEach
	void openWorkbenchWithPrivateHome() throws Exception {
		originalHome = System.getProperty(UserCatalogHome.HOME_PROPERTY);
		home = Fixtures.newHome();
		window = PlatformUI.getWorkbench().getWorkbenchWindows()[0];
		page = PlatformUI.getWorkbench().showPerspective(EndpointAtlasUi.PERSPECTIVE_ID, window);
		page.closeAllEditors(false);
		areasView = page.showView(EndpointAtlasUi.AREAS_VIEW_ID);
		areasTree = Ui.find(window.getShell(), Tree.class, EndpointAtlasUi.AREAS_TREE_WIDGET_ID);
	}

	@AfterEach
	void closeEditorsAndDropHome() throws Exception {
		page.closeAllEditors(false);
		UiWait.flush();
		Fixtures.dropHome(home, originalHome);
		refreshNavigator();
		waitForNavigator();
	}

	/** Waits until the navigator has shown what it was last asked to load (saves refresh it through events, too). */
	static void waitForNavigator() {
		for (int round = 0; round < 2; round++) {
			UiWait.until("the navigator has loaded", () -> java.util.Arrays.stream(org.eclipse.core.runtime.jobs.Job.getJobManager().find(null))
					.noneMatch(j -> j.getName().equals("Loading Endpoint Atlas areas")), () -> "still loading");
			long until = System.currentTimeMillis() + 300;
			UiWait.until("events are delivered", () -> System.currentTimeMillis() > until, () -> "");
		}
		UiWait.flush();
	}

	protected void refreshNavigator() {
		IContributionItem item = areasView.getViewSite().getActionBars().getToolBarManager().find(EndpointAtlasUi.REFRESH_ACTION_ID);
		((ActionContributionItem) item).getAction().run();
	}

	/** Refreshes the navigator, waits for the node and double-clicks it. */
	protected IEditorPart openFromNavigator(String nodeText) {
		refreshNavigator();
		waitForNavigator();
		UiWait.until("the navigator shows " + nodeText, () -> Ui.items(areasTree).stream().anyMatch(i -> nodeText.equals(i.getText(0))),
				() -> Ui.items(areasTree).stream().map(i -> i.getText(0)).toList().toString());
		TreeItem node = Ui.item(areasTree, i -> nodeText.equals(i.getText(0)), nodeText);
		Ui.doubleClick(areasTree, node);
		IEditorPart editor = page.getActiveEditor();
		assertNotNull(editor, "an editor opened for " + nodeText);
		return editor;
	}

	/** Opens the built-in area with this id from the navigator. */
	protected IEditorPart openBuiltInArea(String areaId) {
		UiWait.until("the navigator shows " + areaId, () -> Ui.items(areasTree).stream().anyMatch(i -> areaId.equals(i.getText(1))),
				() -> Ui.describe(areasTree));
		TreeItem node = Ui.item(areasTree, i -> areaId.equals(i.getText(1)) && !i.getText(0).contains("."), areaId);
		Ui.doubleClick(areasTree, node);
		return page.getActiveEditor();
	}

	protected static Tree treeOf(ModelEditor editor) {
		return Ui.find(editor.getBody(), Tree.class, org.endpointatlas.catalog.editor.CatalogEditors.TREE_WIDGET_ID);
	}

	/** The Properties view's tree, showing the properties of the editor's selection. */
	protected Tree propertiesTree(IEditorPart editor) throws PartInitException {
		PropertySheet sheet = (PropertySheet) page.showView(IPageLayout.ID_PROP_SHEET, null, IWorkbenchPage.VIEW_VISIBLE);
		page.activate(editor);
		UiWait.flush();
		return (Tree) sheet.getCurrentPage().getControl();
	}

	/**
	 * Edits a property of the object selected in {@code tree} as a user does: selects the object in the editor,
	 * presses Enter on the property's row in the Properties view, types the value and presses Enter.
	 */
	protected void editProperty(IEditorPart editor, Tree tree, TreeItem object, String property, String value) throws PartInitException {
		Tree properties = propertiesTree(editor);
		Ui.select(tree, object);
		UiWait.until("the Properties view shows " + property, () -> rowExists(properties, property), () -> rows(properties).toString());
		TreeItem row = Ui.item(properties, i -> property.equals(i.getText(0)), property);
		Ui.doubleClick(properties, row);
		Text cell = cellEditor(properties);
		assertNotNull(cell, "a cell editor opened for " + property);
		cell.setText(value);
		cell.notifyListeners(SWT.Modify, new Event());
		cell.notifyListeners(SWT.DefaultSelection, new Event());
		UiWait.flush();
	}

	/** The text cell editor open in the Properties view, or {@code null}. */
	protected static Text cellEditor(Tree properties) {
		return Ui.all(properties, Text.class).stream().filter(t -> t.isVisible()).findFirst().orElse(null);
	}

	private static boolean rowExists(Tree properties, String property) {
		return rows(properties).contains(property);
	}

	protected static List<String> rows(Tree properties) {
		return Ui.items(properties).stream().map(i -> i.getText(0)).toList();
	}

	/** Runs a workbench command (Undo, Redo, Save, Delete) as its key binding or menu item does. */
	protected void command(String commandId) throws ExecutionException, NotDefinedException, NotEnabledException, NotHandledException {
		window.getService(IHandlerService.class).executeCommand(commandId, null);
		UiWait.flush();
	}

	protected boolean commandEnabled(String commandId) {
		try {
			command(commandId);
			return true;
		} catch (NotEnabledException | NotHandledException e) {
			return false;
		} catch (ExecutionException | NotDefinedException e) {
			throw new AssertionError(e);
		}
	}

	protected static void assertContains(String text, String part) {
		assertTrue(text != null && text.contains(part), "\"" + part + "\" in: " + text);
	}

	protected static String read(Path file) throws IOException {
		return java.nio.file.Files.readString(file);
	}
}
