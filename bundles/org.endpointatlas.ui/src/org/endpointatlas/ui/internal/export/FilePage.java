package org.endpointatlas.ui.internal.export;

import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.jface.wizard.WizardPage;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.endpointatlas.ui.EndpointAtlasUi;

/** Page 3: the file to write (atomically), and the command line that writes the same file. */
final class FilePage extends WizardPage {

	private final ExportRequest request;
	private Text file;
	private Text commandLine;

	FilePage(ExportRequest request) {
		super("file", "File", null);
		setDescription("Choose the file. It is written completely or not at all (a temporary file, then an atomic move).");
		this.request = request;
	}

	@Override
	public void createControl(Composite parent) {
		Composite page = new Composite(parent, SWT.NONE);
		GridLayoutFactory.swtDefaults().numColumns(3).applyTo(page);
		new Label(page, SWT.NONE).setText("File:");
		file = Widgets.named(new Text(page, SWT.BORDER | SWT.SINGLE), EndpointAtlasUi.EXPORT_FILE_WIDGET_ID);
		GridDataFactory.fillDefaults().grab(true, false).hint(400, SWT.DEFAULT).applyTo(file);
		file.addListener(SWT.Modify, e -> changed());
		Button browse = new Button(page, SWT.PUSH);
		browse.setText("&Browse...");
		browse.addListener(SWT.Selection, e -> browse());
		Label label = new Label(page, SWT.NONE);
		label.setText("The same export from the command line:");
		GridDataFactory.fillDefaults().span(3, 1).applyTo(label);
		commandLine = Widgets.named(new Text(page, SWT.BORDER | SWT.MULTI | SWT.READ_ONLY | SWT.WRAP), EndpointAtlasUi.EXPORT_COMMAND_WIDGET_ID);
		commandLine.setFont(JFaceResources.getTextFont());
		GridDataFactory.fillDefaults().span(3, 1).grab(true, true).hint(400, 80).applyTo(commandLine);
		setControl(page);
		setPageComplete(false);
	}

	@Override
	public void setVisible(boolean visible) {
		super.setVisible(visible);
		if (visible) {
			changed();
		}
	}

	private void browse() {
		FileDialog dialog = new FileDialog(getShell(), SWT.SAVE);
		dialog.setOverwrite(true);
		dialog.setFileName(request.format == null ? "allowlist.txt" : "allowlist." + extension(request.format));
		String chosen = dialog.open();
		if (chosen != null) {
			file.setText(chosen);
		}
	}

	private static String extension(String format) {
		switch (format) {
		case "json":
		case "csv":
		case "pac":
			return format;
		case "markdown":
			return "md";
		case "squid":
			return "conf";
		default:
			return "txt";
		}
	}

	private void changed() {
		Path chosen = getFile();
		commandLine.setText(ExportRequest.shellText(request.commandLine(chosen)));
		String problem = null;
		if (file.getText().isBlank()) {
			problem = null;
		} else if (chosen == null) {
			problem = "Not a valid file name";
		} else if (Files.isDirectory(chosen)) {
			problem = chosen + " is a folder";
		}
		setErrorMessage(problem);
		setMessage(chosen != null && Files.exists(chosen) && problem == null ? chosen + " exists and will be replaced." : null, WARNING);
		setPageComplete(chosen != null && problem == null);
	}

	/** The chosen file, absolute, or {@code null}. */
	Path getFile() {
		if (file == null || file.getText().isBlank()) {
			return null;
		}
		try {
			return Path.of(file.getText().trim()).toAbsolutePath();
		} catch (java.nio.file.InvalidPathException e) {
			return null;
		}
	}
}
