package org.endpointatlas.ui.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.stream.Stream;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.Text;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeItem;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IWorkbenchCommandConstants;
import org.endpointatlas.catalog.editor.CatalogEditors;
import org.endpointatlas.catalog.editor.internal.ModelEditor;
import org.endpointatlas.catalog.editor.internal.catalog.CatalogEditor;
import org.endpointatlas.catalog.model.CatalogPackage;
import org.endpointatlas.catalog.model.Endpoint;
import org.endpointatlas.catalog.model.PortRange;
import org.endpointatlas.core.lint.Problem;
import org.junit.jupiter.api.Test;

/**
 * The catalog editor, driven through its widgets, the Properties view and the workbench's commands: editing, undo,
 * redo and save; read-only built-in areas and "Copy to my catalog"; validation; bad files; a read-only folder; a file
 * changed on disk.
 */
class CatalogEditorTest extends EditorTestSupport {

	private static final String SAVE = IWorkbenchCommandConstants.FILE_SAVE;
	private static final String UNDO = IWorkbenchCommandConstants.EDIT_UNDO;
	private static final String REDO = IWorkbenchCommandConstants.EDIT_REDO;
	private static final String DELETE = IWorkbenchCommandConstants.EDIT_DELETE;

	@Test
	void editAPortUndoRedoSaveAndReopen() throws Exception {
		Path file = Fixtures.write(home.resolve("contoso.catalog"), Fixtures.CONTOSO_CATALOG);
		CatalogEditor editor = assertInstanceOf(CatalogEditor.class, openFromNavigator("contoso.catalog"));
		assertFalse(editor.isReadOnly());
		Tree tree = treeOf(editor);
		TreeItem endpoint = Ui.item(tree, i -> i.getText().startsWith("apps.contoso.com"), "apps.contoso.com");
		Ui.expand(tree, endpoint);
		TreeItem port = Ui.itemWithText(tree, "tcp/443");
		PortRange range = assertInstanceOf(PortRange.class, port.getData());

		editProperty(editor, tree, port, "From", "8443");

		assertEquals(8443, range.getFrom());
		assertTrue(editor.isDirty());
		UiWait.until("the tree shows the new port", () -> Ui.items(tree).stream().anyMatch(i -> "tcp/8443".equals(i.getText())),
				() -> Ui.items(tree).stream().map(TreeItem::getText).toList().toString());
		assertContains(read(file), "from=\"443\"");

		command(UNDO);
		assertEquals(443, range.getFrom());
		assertFalse(editor.isDirty(), "undone back to the saved state");
		command(REDO);
		assertEquals(8443, range.getFrom());
		assertTrue(editor.isDirty());

		command(SAVE);
		assertFalse(editor.isDirty());
		String saved = read(file);
		assertContains(saved, "<endpoints pattern=\"apps.contoso.com\" scheme=\"https\">\n      <ports from=\"8443\"/>");
		assertContains(saved, "<endpoints pattern=\"updates.contoso.com\" scheme=\"https\">\n      <ports from=\"443\"/>");
		try (Stream<Path> files = Files.list(home)) {
			assertEquals(List.of(file), files.toList(), "no temporary file is left behind");
		}

		page.closeEditor(editor, false);
		CatalogEditor reopened = assertInstanceOf(CatalogEditor.class, openFromNavigator("contoso.catalog"));
		Tree reopenedTree = treeOf(reopened);
		Ui.expand(reopenedTree, Ui.item(reopenedTree, i -> i.getText().startsWith("apps.contoso.com"), "apps.contoso.com"));
		PortRange reloaded = assertInstanceOf(PortRange.class, Ui.itemWithText(reopenedTree, "tcp/8443").getData());
		assertEquals(8443, reloaded.getFrom());
	}

	@Test
	void aBuiltInAreaCannotBeModified() throws Exception {
		ModelEditor editor = assertInstanceOf(ModelEditor.class, openBuiltInArea("updates-and-servicing"));
		assertTrue(editor.isReadOnly());
		Composite banner = Ui.find(editor.getBody(), Composite.class, CatalogEditors.BANNER_WIDGET_ID);
		assertTrue(banner.isVisible());
		assertTrue(Ui.all(banner, org.eclipse.swt.widgets.Label.class).stream().anyMatch(l -> l.getText().startsWith("Read-only")));

		Tree tree = treeOf(editor);
		TreeItem endpoint = Ui.item(tree, i -> i.getText().startsWith("configmgrbits.cdn.manage.microsoft.com"), "the CDN endpoint");
		Ui.expand(tree, endpoint);
		TreeItem port = Ui.itemWithText(tree, "tcp/443");
		PortRange range = (PortRange) port.getData();
		Endpoint owner = (Endpoint) range.eContainer();

		// the Properties view offers no editor for any property
		Tree properties = propertiesTree(editor);
		Ui.select(tree, port);
		UiWait.until("the Properties view shows From", () -> rows(properties).contains("From"), () -> rows(properties).toString());
		Ui.doubleClick(properties, Ui.item(properties, i -> "From".equals(i.getText(0)), "From"));
		assertNull(cellEditor(properties), "no cell editor on a built-in area");

		// commands sent past the UI are refused too
		EditingDomain domain = editor.getEditingDomain();
		Command set = SetCommand.create(domain, range, CatalogPackage.Literals.PORT_RANGE__FROM, 8443);
		domain.getCommandStack().execute(set);
		assertEquals(443, range.getFrom());
		assertFalse(editor.isDirty());
		assertFalse(editor.isSaveOnCloseNeeded());

		page.activate(editor);
		Ui.select(tree, port);
		assertFalse(editor.getActions().getDelete().isEnabled(), "Delete is disabled");
		assertFalse(commandEnabled(DELETE), "the workbench's Delete is disabled");
		assertFalse(commandEnabled(UNDO), "Undo is disabled");
		assertFalse(commandEnabled(SAVE), "Save is disabled");
		assertEquals(443, range.getFrom());
		assertTrue(owner.getPorts().contains(range), "the port is still there");
	}

	@Test
	void copyToMyCatalogWritesAnEditableCopyIntoTheHome() throws Exception {
		ModelEditor builtIn = assertInstanceOf(ModelEditor.class, openBuiltInArea("url-forwarding"));
		Button copy = Ui.find(builtIn.getBody(), Button.class, CatalogEditors.COPY_BUTTON_WIDGET_ID);
		Ui.click(copy);

		Path copied = home.resolve("url-forwarding.catalog");
		assertTrue(Files.isRegularFile(copied), "the copy is in the user-catalog home");
		ModelEditor editor = assertInstanceOf(ModelEditor.class, page.getActiveEditor());
		assertFalse(editor.isReadOnly(), "the copy is editable");
		assertEquals(copied, editor.getDocument().getFile());
		UiWait.until("the navigator lists the copy", () -> Ui.items(areasTree).stream().anyMatch(i -> "url-forwarding.catalog".equals(i.getText(0))),
				() -> Ui.describe(areasTree));
	}

	@Test
	void lintFindingsShowInTheListAndAsDecorations() throws Exception {
		Fixtures.write(home.resolve("contoso.catalog"), Fixtures.CONTOSO_CATALOG);
		CatalogEditor editor = assertInstanceOf(CatalogEditor.class, openFromNavigator("contoso.catalog"));
		Table problems = Ui.find(editor.getBody(), Table.class, CatalogEditors.PROBLEMS_WIDGET_ID);
		UiWait.until("the problems list shows the finding", () -> problems.getItemCount() > 0, () -> "no problems");
		String row = problems.getItem(0).getText();
		String expected = home.resolve("contoso.catalog") + ":" + Fixtures.UNSOURCED_LINE + ": warning: updates.contoso.com: no source";
		assertTrue(row.startsWith(expected), row);

		Tree tree = treeOf(editor);
		TreeItem unsourced = Ui.item(tree, i -> i.getText().startsWith("updates.contoso.com"), "updates.contoso.com");
		TreeItem sourced = Ui.item(tree, i -> i.getText().startsWith("apps.contoso.com"), "apps.contoso.com");
		assertEquals(Problem.Severity.WARNING, editor.getValidation().severityOf(unsourced.getData()));
		assertNull(editor.getValidation().severityOf(sourced.getData()));
		assertFalse(unsourced.getImage().getImageData().equals(sourced.getImage().getImageData()), "the warning overlay");
		assertTrue(editor.getLastLintMillis() >= 0);
	}

	@Test
	void aHostileFileShowsTheErrorPageAndIsNotWritten() throws Exception {
		Path evil = Fixtures.write(home.resolve("evil.catalog"), Fixtures.HOSTILE_CATALOG);
		Files.setLastModifiedTime(evil, FileTime.fromMillis(1_600_000_000_000L));
		byte[] before = Files.readAllBytes(evil);

		ModelEditor editor = assertInstanceOf(ModelEditor.class, openFromNavigator("evil.catalog (cannot be loaded)"));
		assertNull(editor.getDocument());
		Composite errorPage = Ui.find(editor.getBody(), Composite.class, CatalogEditors.ERROR_PAGE_WIDGET_ID);
		assertTrue(errorPage.isVisible());
		assertEquals(evil.toString(), Ui.find(errorPage, Text.class, CatalogEditors.ERROR_FILE_WIDGET_ID).getText());
		assertEquals("2", Ui.find(errorPage, Text.class, CatalogEditors.ERROR_LINE_WIDGET_ID).getText());
		assertContains(Ui.find(errorPage, Text.class, CatalogEditors.ERROR_REASON_WIDGET_ID).getText(), "DOCTYPE declarations and entities are not allowed");
		assertFalse(editor.isDirty());
		assertFalse(commandEnabled(SAVE));

		page.closeEditor(editor, true);
		assertArrayEquals(before, Files.readAllBytes(evil));
		assertEquals(FileTime.fromMillis(1_600_000_000_000L), Files.getLastModifiedTime(evil));
	}

	@Test
	void malformedXmlShowsFileLineAndReason() throws Exception {
		Path broken = Fixtures.write(home.resolve("broken.catalog"), Fixtures.MALFORMED_CATALOG);
		byte[] before = Files.readAllBytes(broken);
		ModelEditor editor = assertInstanceOf(ModelEditor.class, CatalogEditors.openFile(page, broken));
		Composite errorPage = Ui.find(editor.getBody(), Composite.class, CatalogEditors.ERROR_PAGE_WIDGET_ID);
		assertEquals("5", Ui.find(errorPage, Text.class, CatalogEditors.ERROR_LINE_WIDGET_ID).getText());
		assertContains(Ui.find(errorPage, Text.class, CatalogEditors.ERROR_REASON_WIDGET_ID).getText(), "not a well-formed XML catalog");
		page.closeEditor(editor, true);
		assertArrayEquals(before, Files.readAllBytes(broken));
	}

	@Test
	void savingIntoAReadOnlyFolderFailsClearlyAndKeepsTheEdits() throws Exception {
		Path folder = Files.createTempDirectory("atlas-readonly");
		Path file = Fixtures.write(folder.resolve("locked.catalog"), Fixtures.CONTOSO_CATALOG);
		byte[] before = Files.readAllBytes(file);
		try {
			ModelEditor editor = assertInstanceOf(ModelEditor.class, CatalogEditors.openFile(page, file));
			Tree tree = treeOf(editor);
			TreeItem endpoint = Ui.item(tree, i -> i.getText().startsWith("apps.contoso.com"), "apps.contoso.com");
			Ui.expand(tree, endpoint);
			TreeItem port = Ui.itemWithText(tree, "tcp/443");
			editProperty(editor, tree, port, "From", "8080");
			assertTrue(editor.isDirty());
			Fixtures.makeReadOnly(folder);

			Ui.Answer dialog = Ui.answerDialog("Save Failed", "OK");
			page.activate(editor);
			command(SAVE);
			UiWait.until("the save error dialog", () -> dialog.title.get() != null, () -> "no dialog");

			assertContains(dialog.message.get(), "Could not save " + file);
			assertContains(dialog.message.get(), "Your changes are kept");
			assertTrue(editor.isDirty(), "the edits survive, still unsaved");
			assertEquals(8080, ((PortRange) port.getData()).getFrom());
			assertContains(editor.getMessage(), "Not saved:");
			assertArrayEquals(before, Files.readAllBytes(file));
			try (Stream<Path> files = Files.list(folder)) {
				assertEquals(List.of(file), files.toList());
			}
		} finally {
			Fixtures.makeWritable(folder);
			page.closeAllEditors(false);
			Fixtures.delete(folder);
		}
	}

	@Test
	void aFileChangedOnDiskIsNotOverwrittenUnasked() throws Exception {
		Path file = Fixtures.write(home.resolve("contoso.catalog"), Fixtures.CONTOSO_CATALOG);
		CatalogEditor editor = assertInstanceOf(CatalogEditor.class, openFromNavigator("contoso.catalog"));
		Tree tree = treeOf(editor);
		TreeItem endpoint = Ui.item(tree, i -> i.getText().startsWith("apps.contoso.com"), "apps.contoso.com");
		Ui.expand(tree, endpoint);
		editProperty(editor, tree, Ui.itemWithText(tree, "tcp/443"), "From", "8443");

		String external = Fixtures.CONTOSO_CATALOG.replace("Contoso line-of-business apps", "Changed by another program");
		Files.writeString(file, external);
		Files.setLastModifiedTime(file, FileTime.fromMillis(System.currentTimeMillis() + 5_000));

		Ui.Answer keep = Ui.answerDialog("File Changed on Disk", "Cancel");
		command(SAVE);
		UiWait.until("the warning before saving", () -> keep.title.get() != null, () -> "no dialog");
		assertContains(keep.message.get(), "was changed on disk");
		assertTrue(editor.isDirty());
		assertEquals(external, read(file));

		// switching back to the editor asks once whether to reload
		page.activate(areasView);
		Ui.Answer reload = Ui.answerDialog("File Changed on Disk", "Reload");
		page.activate(editor);
		UiWait.until("the question on activation", () -> reload.title.get() != null, () -> "no dialog");
		UiWait.flush();
		assertFalse(editor.isDirty(), "reloaded from disk");
		assertNotNull(Ui.item(treeOf(editor), i -> i.getText().contains("Changed by another program"), "the reloaded area"));
	}
}
