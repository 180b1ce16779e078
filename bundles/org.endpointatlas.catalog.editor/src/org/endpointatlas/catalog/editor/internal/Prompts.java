package org.endpointatlas.catalog.editor.internal;

import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.widgets.Shell;

/** The questions and errors the editors show in dialogs. Titles are stable: UI tests find the dialogs by them. */
public final class Prompts {

	public static final String CHANGED_ON_DISK_TITLE = "File Changed on Disk";
	public static final String SAVE_FAILED_TITLE = "Save Failed";
	public static final String COPY_FAILED_TITLE = "Copy to My Catalog Failed";

	private Prompts() {
	}

	/** @return true to reload from disk, false to keep the editor's version */
	static boolean reloadChangedFile(Shell shell, String file, boolean dirty) {
		String message = "The file " + file + " was changed on disk by another program."
				+ (dirty ? "\n\nReload it and lose your unsaved changes, or keep your version (saving it will overwrite the file)?"
						: "\n\nReload it, or keep the version shown here (saving it will overwrite the file)?");
		MessageDialog dialog = new MessageDialog(shell, CHANGED_ON_DISK_TITLE, null, message, MessageDialog.WARNING, 0, "&Reload",
				"&Keep My Version");
		return dialog.open() == 0;
	}

	/** @return true to overwrite the changed file */
	static boolean overwriteChangedFile(Shell shell, String file) {
		MessageDialog dialog = new MessageDialog(shell, CHANGED_ON_DISK_TITLE, null, "The file " + file
				+ " was changed on disk since it was opened.\n\nOverwrite it with the version in the editor?", MessageDialog.WARNING, 1,
				"&Overwrite", IDialogConstants.CANCEL_LABEL);
		return dialog.open() == 0;
	}

	static void saveFailed(Shell shell, String file, String reason) {
		MessageDialog.openError(shell, SAVE_FAILED_TITLE, "Could not save " + file + ":\n" + reason
				+ "\n\nYour changes are kept in the editor, and the file on disk was not changed.");
	}

	static void copyFailed(Shell shell, String reason) {
		MessageDialog.openError(shell, COPY_FAILED_TITLE, "Could not write the copy: " + reason);
	}
}
