package org.endpointatlas.ui.internal.export;

import org.eclipse.jface.action.Action;
import org.eclipse.jface.wizard.WizardDialog;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.ISharedImages;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.actions.ActionFactory.IWorkbenchAction;
import org.endpointatlas.ui.EndpointAtlasUi;

/** File > Export Allowlist...: opens the export wizard. */
public final class ExportAllowlistAction extends Action implements IWorkbenchAction {

	private IWorkbenchWindow window;

	public ExportAllowlistAction(IWorkbenchWindow window) {
		super("&Export Allowlist...");
		this.window = window;
		setId(EndpointAtlasUi.EXPORT_ACTION_ID);
		setToolTipText("Export an allowlist (hosts, URLs, PAC, Squid, firewall rules, ...) for a selection of areas");
		setImageDescriptor(PlatformUI.getWorkbench().getSharedImages().getImageDescriptor(ISharedImages.IMG_ETOOL_SAVEAS_EDIT));
	}

	@Override
	public void run() {
		if (window != null) {
			open(window.getShell(), true);
		}
	}

	/**
	 * Opens the wizard.
	 *
	 * @param block whether to return only when it is closed (UI tests pass false and drive it)
	 */
	public static WizardDialog open(Shell shell, boolean block) {
		WizardDialog dialog = new WizardDialog(shell, new ExportWizard());
		dialog.setBlockOnOpen(block);
		dialog.open();
		return dialog;
	}

	@Override
	public void dispose() {
		window = null;
	}
}
