package org.endpointatlas.ui.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.eclipse.jface.wizard.WizardDialog;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PlatformUI;
import org.endpointatlas.cli.CommandLine;
import org.endpointatlas.core.Composer;
import org.endpointatlas.core.ContributedCatalog;
import org.endpointatlas.core.Selection;
import org.endpointatlas.core.io.CatalogFiles;
import org.endpointatlas.core.io.UserCatalogHome;
import org.endpointatlas.export.ExportContext;
import org.endpointatlas.export.ExportService;
import org.endpointatlas.ui.EndpointAtlasUi;
import org.endpointatlas.ui.internal.export.ExportAllowlistAction;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The export wizard, clicked through: the file it writes is byte-identical to what {@code ./endpoint-atlas export}
 * writes for the same selection (the command line runs in-process through its service, with {@code --home} pointing
 * at the same user-catalog home) and to what the export service produces.
 */
class ExportWizardTest {

	private static final String UPDATES = "updates-and-servicing";
	private static final String CONTOSO = "contoso-apps";

	private Path home;
	private String originalHome;
	private Path out;
	private WizardDialog dialog;

	@BeforeEach
	void homeWithAUserCatalog() throws IOException {
		originalHome = System.getProperty(UserCatalogHome.HOME_PROPERTY);
		home = Fixtures.newHome();
		Fixtures.write(home.resolve("contoso.catalog"), Fixtures.CONTOSO_CATALOG);
		out = Files.createTempDirectory("atlas-export");
	}

	@AfterEach
	void cleanUp() throws IOException {
		if (dialog != null && dialog.getShell() != null && !dialog.getShell().isDisposed()) {
			dialog.close();
		}
		Fixtures.dropHome(home, originalHome);
		Fixtures.delete(out);
	}

	@Test
	void hostsWithHeaderAreWhatTheCommandLineWrites() throws Exception {
		Path file = out.resolve("allowlist.txt");
		runWizard(List.of(UPDATES, CONTOSO), "hosts", true, file);

		List<String> args = List.of("export", "--format", "hosts", "--area", UPDATES, "--area", CONTOSO, "--header");
		assertArrayEquals(commandLine(args), Files.readAllBytes(file));
		String text = Files.readString(file);
		assertTrue(text.contains("apps.contoso.com\n"), "the user's catalog joins the export");
		assertTrue(text.contains("configmgrbits.cdn.manage.microsoft.com\n"), text);
		assertArrayEquals(exportService("hosts", Map.of("header", "true"), UPDATES, CONTOSO), Files.readAllBytes(file));
	}

	@Test
	void jsonOfAllAreasIsWhatTheCommandLineWrites() throws Exception {
		Path file = out.resolve("allowlist.json");
		runWizard(List.of(), "json", false, file);
		assertArrayEquals(commandLine(List.of("export", "--format", "json")), Files.readAllBytes(file));
		assertArrayEquals(exportService("json", Map.of()), Files.readAllBytes(file));
	}

	/** Clicks through the three pages as a user does and finishes. */
	private void runWizard(List<String> areas, String format, boolean header, Path file) throws IOException {
		IWorkbenchWindow window = PlatformUI.getWorkbench().getWorkbenchWindows()[0];
		dialog = ExportAllowlistAction.open(window.getShell(), false);
		Shell shell = dialog.getShell();

		Table areaTable = Ui.find(shell, Table.class, EndpointAtlasUi.EXPORT_AREAS_WIDGET_ID);
		for (String area : areas) {
			TableItem item = Arrays.stream(areaTable.getItems()).filter(i -> area.equals(i.getText(0))).findFirst()
					.orElseThrow(() -> new AssertionError(area + " is not offered"));
			item.setChecked(true);
			Event event = new Event();
			event.item = item;
			event.detail = SWT.CHECK;
			areaTable.notifyListeners(SWT.Selection, event);
		}
		Ui.click(Ui.button(shell, "Next >"));

		org.eclipse.swt.widgets.List formats = Ui.find(shell, org.eclipse.swt.widgets.List.class, EndpointAtlasUi.EXPORT_FORMATS_WIDGET_ID);
		int index = Arrays.asList(formats.getItems()).indexOf(Arrays.stream(formats.getItems()).filter(i -> i.startsWith(format + " "))
				.findFirst().orElseThrow(() -> new AssertionError(format + " is not offered: " + Arrays.toString(formats.getItems()))));
		formats.select(index);
		formats.notifyListeners(SWT.Selection, new Event());
		if (header) {
			Ui.click(Ui.find(shell, Button.class, EndpointAtlasUi.EXPORT_HEADER_WIDGET_ID));
		}
		Text preview = Ui.find(shell, Text.class, EndpointAtlasUi.EXPORT_PREVIEW_WIDGET_ID);
		Button next = Ui.button(shell, "Next >");
		UiWait.until("the preview", () -> next.isEnabled() && !preview.getText().isEmpty() && !preview.getText().startsWith("Computing"),
				preview::getText);
		String firstLine = preview.getText().split("\n")[0];
		Ui.click(next);

		Text fileField = Ui.find(shell, Text.class, EndpointAtlasUi.EXPORT_FILE_WIDGET_ID);
		fileField.setText(file.toString());
		List<String> expected = new ArrayList<>(List.of("./endpoint-atlas", "export", "--format", format));
		areas.forEach(a -> expected.addAll(List.of("--area", a)));
		if (header) {
			expected.add("--header");
		}
		expected.addAll(List.of("-o", file.toString()));
		assertEquals(String.join(" ", expected), Ui.find(shell, Text.class, EndpointAtlasUi.EXPORT_COMMAND_WIDGET_ID).getText());

		Ui.click(Ui.button(shell, "Finish"));
		UiWait.until("the wizard closes", shell::isDisposed, () -> "still open");
		assertTrue(Files.isRegularFile(file));
		assertTrue(Files.readString(file).startsWith(firstLine), "the preview showed the start of the file");
	}

	/** Runs {@code ./endpoint-atlas ARGS --home HOME -o FILE} in-process and returns the file. */
	private byte[] commandLine(List<String> args) throws Exception {
		Path file = out.resolve("cli-output");
		List<String> all = new ArrayList<>(args);
		all.addAll(List.of("--home", home.toString(), "-o", file.toString()));
		ByteArrayOutputStream stdout = new ByteArrayOutputStream();
		ByteArrayOutputStream stderr = new ByteArrayOutputStream();
		int code = Fixtures.service(CommandLine.class).run(all, new PrintStream(stdout, true, StandardCharsets.UTF_8),
				new PrintStream(stderr, true, StandardCharsets.UTF_8));
		assertEquals(0, code, stderr.toString(StandardCharsets.UTF_8));
		return Files.readAllBytes(file);
	}

	/** The export service's text for the selection, with the home's catalog, as UTF-8. */
	private byte[] exportService(String format, Map<String, String> options, String... areas) throws Exception {
		Selection.Builder selection = Selection.builder();
		Arrays.stream(areas).forEach(selection::area);
		Path catalog = home.resolve("contoso.catalog");
		selection.catalog(new ContributedCatalog(CatalogFiles.loadCatalog(catalog), catalog.toString(), ContributedCatalog.Kind.FILE));
		StringWriter text = new StringWriter();
		Fixtures.service(ExportService.class).export(format, Fixtures.service(Composer.class).compose(selection.build()),
				new ExportContext(options, w -> {
				}), text);
		return text.toString().getBytes(StandardCharsets.UTF_8);
	}
}
