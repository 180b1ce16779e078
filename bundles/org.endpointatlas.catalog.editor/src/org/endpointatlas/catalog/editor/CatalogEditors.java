package org.endpointatlas.catalog.editor;

import java.nio.file.Path;
import java.util.List;

import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.emf.ecore.EObject;

import org.eclipse.ui.IEditorInput;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PartInitException;
import org.endpointatlas.catalog.editor.internal.BuiltInInput;
import org.endpointatlas.catalog.editor.internal.EditorResource;
import org.endpointatlas.catalog.editor.internal.FileInput;
import org.endpointatlas.catalog.editor.internal.ModelEditor;
import org.endpointatlas.catalog.editor.internal.WarmUp;
import org.endpointatlas.catalog.editor.internal.overlay.OverlayEditor;
import org.endpointatlas.catalog.model.Endpoint;
import org.endpointatlas.core.io.UserCatalogHome;

/**
 * Opens the catalog and overlay editors, for the Areas navigator and other bundles; names their widgets for UI tests.
 * Catalog files ({@code .catalog}, {@code .xmi}) open in the catalog editor, overlay files in the overlay editor;
 * built-in areas open read-only.
 */
public final class CatalogEditors {

	public static final String CATALOG_EDITOR_ID = "org.endpointatlas.catalog.editor.catalog";
	public static final String OVERLAY_EDITOR_ID = "org.endpointatlas.catalog.editor.overlay";

	/** Event Admin topic posted after the editors wrote a file of the user-catalog home (property {@code path}). */
	public static final String USER_CATALOGS_CHANGED_TOPIC = "org/endpointatlas/usercatalogs/CHANGED";
	public static final String PATH_PROPERTY = "path";

	/** Key of the SWT widget data that names widgets for UI tests (the same key as the workbench's). */
	public static final String WIDGET_ID_KEY = "org.endpointatlas.ui.widgetId";
	public static final String TREE_WIDGET_ID = "editor.tree";
	public static final String PROBLEMS_WIDGET_ID = "editor.problems";
	public static final String BANNER_WIDGET_ID = "editor.banner";
	public static final String MESSAGE_WIDGET_ID = "editor.message";
	public static final String COPY_BUTTON_WIDGET_ID = "editor.copyToMyCatalog";
	public static final String ERROR_PAGE_WIDGET_ID = "editor.errorPage";
	public static final String ERROR_FILE_WIDGET_ID = "editor.errorPage.file";
	public static final String ERROR_LINE_WIDGET_ID = "editor.errorPage.line";
	public static final String ERROR_REASON_WIDGET_ID = "editor.errorPage.reason";
	public static final String EFFECTIVE_TABLE_WIDGET_ID = "overlay.effective";
	public static final String EFFECTIVE_STATUS_WIDGET_ID = "overlay.status";
	public static final String CLOUD_COMBO_WIDGET_ID = "overlay.cloud";
	public static final String ONLY_CHANGES_WIDGET_ID = "overlay.onlyChanges";
	public static final String PROVENANCE_WIDGET_ID = "overlay.provenance";
	/** Prefix of the widget ids of the parameter fields: {@code overlay.param.NAME}. */
	public static final String PARAM_WIDGET_ID_PREFIX = "overlay.param.";

	/** Id of the editors' toolbar action that writes an editable copy into the user-catalog home. */
	public static final String COPY_TO_MY_CATALOG_ACTION_ID = "org.endpointatlas.catalog.editor.copyToMyCatalog";

	private CatalogEditors() {
	}

	/** Opens a catalog or overlay file, or activates the editor that already shows it. */
	public static IEditorPart openFile(IWorkbenchPage page, Path file) throws PartInitException {
		return page.openEditor(fileInput(file), editorIdFor(file));
	}

	/**
	 * Opens a built-in area read-only.
	 *
	 * @param bundleSymbolicName the area bundle (or the origin of a computed contribution)
	 * @param areaId the area, or {@code null} for the bundle's first catalog
	 */
	public static IEditorPart openBuiltIn(IWorkbenchPage page, String bundleSymbolicName, String areaId) throws PartInitException {
		return page.openEditor(new BuiltInInput(bundleSymbolicName, areaId), CATALOG_EDITOR_ID);
	}

	/**
	 * Selects (and reveals) the first endpoint whose pattern is {@code pattern} in an editor of this bundle, so that the
	 * Properties view shows it; in the overlay editor, the row of the effective catalog, with its provenance.
	 *
	 * @return whether there was one (for the overlay editor: whether it is an overlay editor)
	 */
	public static boolean reveal(IEditorPart editor, String pattern) {
		if (editor instanceof OverlayEditor) {
			((OverlayEditor) editor).revealRow(pattern);
			return true;
		}
		if (!(editor instanceof ModelEditor) || ((ModelEditor) editor).getDocument() == null) {
			return false;
		}
		ModelEditor model = (ModelEditor) editor;
		for (EObject object : EditorResource.withContents(model.getDocument().getRoot())) {
			if (object instanceof Endpoint && pattern.equalsIgnoreCase(((Endpoint) object).getPattern())) {
				model.selectInViewer(List.of(object));
				return true;
			}
		}
		return false;
	}

	/**
	 * Prepares the editors in a background job (loads their classes, compiles the hot paths on a generated catalog), so
	 * the first catalog opens as fast as the next ones. The workbench calls it once its window is open.
	 */
	public static Job prepare(long delayMillis) {
		return WarmUp.schedule(delayMillis);
	}

	public static IEditorInput fileInput(Path file) {
		return new FileInput(file);
	}

	public static String editorIdFor(Path file) {
		return UserCatalogHome.isOverlayFile(file) ? OVERLAY_EDITOR_ID : CATALOG_EDITOR_ID;
	}
}
