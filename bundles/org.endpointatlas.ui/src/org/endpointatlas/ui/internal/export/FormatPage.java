package org.endpointatlas.ui.internal.export;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.jface.wizard.WizardPage;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Group;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.endpointatlas.ui.EndpointAtlasUi;

/**
 * Page 2: the format (from the running exporters, as {@code export --format help} lists them), its options, and a
 * preview of the first lines, computed in a job.
 */
final class FormatPage extends WizardPage {

	static final int PREVIEW_LINES = 40;

	private final ExportWizard wizard;
	private final ExportRequest request;
	private org.eclipse.swt.widgets.List formats;
	private final List<String> formatNames = new ArrayList<>();
	private Button header;
	private Text pacMatch;
	private Text pacDefault;
	private Text squidAcl;
	private Text preview;
	private Label warnings;
	private int generation;
	private boolean previewReady;

	FormatPage(ExportWizard wizard, ExportRequest request) {
		super("format", "Format", null);
		setDescription("Choose the format; the preview shows the first lines of the file.");
		this.wizard = wizard;
		this.request = request;
	}

	@Override
	public void createControl(Composite parent) {
		Composite page = new Composite(parent, SWT.NONE);
		GridLayoutFactory.swtDefaults().numColumns(2).applyTo(page);
		formats = Widgets.named(new org.eclipse.swt.widgets.List(page, SWT.BORDER | SWT.SINGLE | SWT.V_SCROLL),
				EndpointAtlasUi.EXPORT_FORMATS_WIDGET_ID);
		for (Map.Entry<String, String> format : wizard.formats().entrySet()) {
			formatNames.add(format.getKey());
			formats.add(format.getKey() + "  \u2014  " + format.getValue());
		}
		formats.addListener(SWT.Selection, e -> {
			int index = formats.getSelectionIndex();
			request.format = index < 0 ? null : formatNames.get(index);
			optionsChanged();
		});
		GridDataFactory.fillDefaults().grab(true, false).hint(360, 150).applyTo(formats);

		Group options = new Group(page, SWT.NONE);
		options.setText("Options");
		GridLayoutFactory.swtDefaults().numColumns(2).applyTo(options);
		GridDataFactory.fillDefaults().grab(false, false).applyTo(options);
		header = Widgets.named(new Button(options, SWT.CHECK), EndpointAtlasUi.EXPORT_HEADER_WIDGET_ID);
		header.setText("Header with catalog version and sources (--header)");
		GridDataFactory.fillDefaults().span(2, 1).applyTo(header);
		header.addListener(SWT.Selection, e -> {
			request.options.put("header", String.valueOf(header.getSelection()));
			optionsChanged();
		});
		pacMatch = option(options, "PAC action for matches (--pac-match):", "pac-match");
		pacDefault = option(options, "PAC default action (--pac-default):", "pac-default");
		squidAcl = option(options, "Squid ACL name (--squid-acl):", "squid-acl");

		Label previewLabel = new Label(page, SWT.NONE);
		previewLabel.setText("Preview (first " + PREVIEW_LINES + " lines):");
		GridDataFactory.fillDefaults().span(2, 1).applyTo(previewLabel);
		preview = Widgets.named(new Text(page, SWT.BORDER | SWT.MULTI | SWT.READ_ONLY | SWT.H_SCROLL | SWT.V_SCROLL),
				EndpointAtlasUi.EXPORT_PREVIEW_WIDGET_ID);
		preview.setFont(JFaceResources.getTextFont());
		GridDataFactory.fillDefaults().span(2, 1).grab(true, true).hint(600, 220).applyTo(preview);
		warnings = new Label(page, SWT.WRAP);
		GridDataFactory.fillDefaults().span(2, 1).grab(true, false).hint(600, SWT.DEFAULT).applyTo(warnings);
		enableOptions();
		setControl(page);
		setPageComplete(false);
	}

	private Text option(Composite parent, String label, String key) {
		new Label(parent, SWT.NONE).setText(label);
		Text text = new Text(parent, SWT.BORDER | SWT.SINGLE);
		GridDataFactory.fillDefaults().grab(true, false).hint(140, SWT.DEFAULT).applyTo(text);
		text.addListener(SWT.Modify, e -> {
			request.options.put(key, text.getText());
			optionsChanged();
		});
		return text;
	}

	@Override
	public void setVisible(boolean visible) {
		super.setVisible(visible);
		if (visible) {
			// the selection may have changed on the first page
			optionsChanged();
		}
	}

	private void enableOptions() {
		header.setEnabled(request.format != null && ExportRequest.HEADER_FORMATS.contains(request.format));
		pacMatch.setEnabled("pac".equals(request.format));
		pacDefault.setEnabled("pac".equals(request.format));
		squidAcl.setEnabled("squid".equals(request.format));
	}

	private void optionsChanged() {
		enableOptions();
		previewReady = false;
		setPageComplete(false);
		if (request.format == null) {
			preview.setText("");
			return;
		}
		preview.setText("Computing the preview...");
		int current = ++generation;
		ExportRequest snapshot = request.copy();
		Job job = Job.create("Export preview", monitor -> {
			String text;
			String problem = null;
			List<String> found = List.of();
			try {
				ExportRequest.Rendered rendered = wizard.render(snapshot);
				text = firstLines(rendered.text);
				found = rendered.warnings;
			} catch (Exception e) {
				text = "";
				problem = e.getMessage() == null ? e.toString() : e.getMessage();
			}
			String shown = text;
			String error = problem;
			List<String> warned = found;
			if (!preview.isDisposed()) {
				preview.getDisplay().asyncExec(() -> showPreview(current, shown, error, warned));
			}
			return Status.OK_STATUS;
		});
		job.setSystem(true);
		job.schedule();
	}

	private void showPreview(int current, String text, String problem, List<String> found) {
		if (current != generation || preview.isDisposed()) {
			return;
		}
		preview.setText(text);
		warnings.setText(found.isEmpty() ? "" : found.size() + (found.size() == 1 ? " warning: " : " warnings: ") + String.join("; ", found));
		setErrorMessage(problem);
		previewReady = problem == null;
		setPageComplete(previewReady);
		getShell().layout(true, true);
	}

	static String firstLines(String text) {
		String[] lines = text.split("\n", -1);
		int count = text.endsWith("\n") ? lines.length - 1 : lines.length;
		if (count <= PREVIEW_LINES) {
			return text;
		}
		StringBuilder shown = new StringBuilder();
		for (int i = 0; i < PREVIEW_LINES; i++) {
			shown.append(lines[i]).append('\n');
		}
		return shown.append("... (").append(count).append(" lines in all)").toString();
	}

	/** Whether the preview of the current choices is shown (for UI tests, which wait for it). */
	boolean isPreviewReady() {
		return previewReady;
	}
}
