package org.endpointatlas.catalog.editor.internal;

import org.eclipse.jface.action.IToolBarManager;
import org.eclipse.jface.action.Separator;
import org.eclipse.ui.IActionBars;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.actions.ActionFactory;
import org.eclipse.ui.part.EditorActionBarContributor;

/**
 * Hands the active editor's Undo, Redo and Delete to the workbench (Edit menu, key bindings) and puts "Copy to my
 * catalog" on the toolbar.
 */
public class EditorContributor extends EditorActionBarContributor {

	private final CopyAction copy = new CopyAction();

	@Override
	public void contributeToToolBar(IToolBarManager toolBar) {
		toolBar.add(new Separator("org.endpointatlas.catalog.editor"));
		toolBar.add(copy);
	}

	@Override
	public void setActiveEditor(IEditorPart part) {
		IActionBars bars = getActionBars();
		ModelEditor editor = part instanceof ModelEditor ? (ModelEditor) part : null;
		bars.setGlobalActionHandler(ActionFactory.UNDO.getId(), editor == null ? null : editor.getActions().getUndo());
		bars.setGlobalActionHandler(ActionFactory.REDO.getId(), editor == null ? null : editor.getActions().getRedo());
		bars.setGlobalActionHandler(ActionFactory.DELETE.getId(), editor == null ? null : editor.getActions().getDelete());
		copy.setTarget(editor == null ? null : editor.getCopyAction());
		bars.updateActionBars();
	}

	/** The toolbar button, delegating to the active editor's action. */
	private static final class CopyAction extends org.eclipse.jface.action.Action {

		private CopyToMyCatalogAction target;

		CopyAction() {
			super("Copy to &My Catalog");
			setId(org.endpointatlas.catalog.editor.CatalogEditors.COPY_TO_MY_CATALOG_ACTION_ID);
			setImageDescriptor(org.eclipse.ui.PlatformUI.getWorkbench().getSharedImages()
					.getImageDescriptor(org.eclipse.ui.ISharedImages.IMG_TOOL_COPY));
			setEnabled(false);
		}

		void setTarget(CopyToMyCatalogAction action) {
			target = action;
			setEnabled(action != null && action.isEnabled());
			setToolTipText(action == null ? "Copy to my catalog" : action.getToolTipText());
		}

		@Override
		public void run() {
			if (target != null) {
				target.run();
			}
		}
	}
}
