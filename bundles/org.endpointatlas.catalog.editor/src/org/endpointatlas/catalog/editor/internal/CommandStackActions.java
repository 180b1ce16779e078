package org.endpointatlas.catalog.editor.internal;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CommandStack;
import org.eclipse.emf.edit.command.RemoveCommand;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.jface.action.Action;
import org.eclipse.jface.viewers.ISelectionProvider;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.ui.ISharedImages;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.actions.ActionFactory;

/**
 * Undo, Redo and Delete over an editing domain's command stack. The editors hand them to the workbench as the global
 * action handlers, so Edit > Undo, Ctrl+Z and the Properties view all reach the same stack.
 */
public final class CommandStackActions {

	private final EditingDomain domain;
	private final Action undo = new Action() {
		@Override
		public void run() {
			domain.getCommandStack().undo();
		}
	};
	private final Action redo = new Action() {
		@Override
		public void run() {
			domain.getCommandStack().redo();
		}
	};
	private final Action delete = new Action("&Delete") {
		@Override
		public void run() {
			Command command = removeCommand();
			if (command != null && command.canExecute()) {
				domain.getCommandStack().execute(command);
			}
		}
	};
	private ISelectionProvider selection;

	public CommandStackActions(EditingDomain domain) {
		this.domain = domain;
		ISharedImages images = PlatformUI.getWorkbench().getSharedImages();
		undo.setId(ActionFactory.UNDO.getId());
		undo.setActionDefinitionId(ActionFactory.UNDO.getCommandId());
		undo.setImageDescriptor(images.getImageDescriptor(ISharedImages.IMG_TOOL_UNDO));
		redo.setId(ActionFactory.REDO.getId());
		redo.setActionDefinitionId(ActionFactory.REDO.getCommandId());
		redo.setImageDescriptor(images.getImageDescriptor(ISharedImages.IMG_TOOL_REDO));
		delete.setId(ActionFactory.DELETE.getId());
		delete.setActionDefinitionId(ActionFactory.DELETE.getCommandId());
		delete.setImageDescriptor(images.getImageDescriptor(ISharedImages.IMG_TOOL_DELETE));
		update();
	}

	/** Delete removes what this provider has selected. */
	public void setSelectionProvider(ISelectionProvider provider) {
		this.selection = provider;
		provider.addSelectionChangedListener(event -> update());
		update();
	}

	public Action getUndo() {
		return undo;
	}

	public Action getRedo() {
		return redo;
	}

	public Action getDelete() {
		return delete;
	}

	/** Enablement and labels ("Undo Set", "Redo Set") from the stack and the selection. */
	public void update() {
		CommandStack stack = domain.getCommandStack();
		undo.setEnabled(stack.canUndo());
		redo.setEnabled(stack.canRedo());
		undo.setText(label("&Undo", stack.canUndo() ? stack.getUndoCommand() : null));
		redo.setText(label("&Redo", stack.canRedo() ? stack.getRedoCommand() : null));
		Command remove = removeCommand();
		delete.setEnabled(remove != null && remove.canExecute());
	}

	private static String label(String verb, Command command) {
		return command == null || command.getLabel() == null ? verb : verb + " " + command.getLabel();
	}

	private Command removeCommand() {
		boolean readOnly = domain.getCommandStack() instanceof GuardedCommandStack && ((GuardedCommandStack) domain.getCommandStack()).isReadOnly();
		if (readOnly || selection == null || !(selection.getSelection() instanceof IStructuredSelection)) {
			return null;
		}
		List<?> selected = new ArrayList<>(((IStructuredSelection) selection.getSelection()).toList());
		if (selected.isEmpty() || selected.stream().anyMatch(o -> !(o instanceof org.eclipse.emf.ecore.EObject)
				|| ((org.eclipse.emf.ecore.EObject) o).eContainer() == null)) {
			// the root stays: delete the file instead
			return null;
		}
		return RemoveCommand.create(domain, selected);
	}
}
