package org.endpointatlas.catalog.editor.internal;

import org.eclipse.emf.common.command.BasicCommandStack;
import org.eclipse.emf.common.command.Command;

/**
 * The editors' command stack. A read-only model (a built-in area) refuses every command, whoever sends it: the
 * Properties view, a menu, a key binding, or code.
 */
public final class GuardedCommandStack extends BasicCommandStack {

	private boolean readOnly;

	public void setReadOnly(boolean readOnly) {
		this.readOnly = readOnly;
	}

	public boolean isReadOnly() {
		return readOnly;
	}

	@Override
	public void execute(Command command) {
		if (readOnly) {
			if (command != null) {
				command.dispose();
			}
			return;
		}
		super.execute(command);
	}

	@Override
	public boolean canUndo() {
		return !readOnly && super.canUndo();
	}

	@Override
	public boolean canRedo() {
		return !readOnly && super.canRedo();
	}
}
