package org.endpointatlas.ui.internal.export;

import java.io.IOException;
import java.lang.reflect.InvocationTargetException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.wizard.Wizard;
import org.eclipse.ui.IExportWizard;
import org.eclipse.ui.IWorkbench;
import org.endpointatlas.catalog.model.Parameter;
import org.endpointatlas.catalog.model.ParameterChoice;
import org.endpointatlas.catalog.model.ParameterType;
import org.endpointatlas.catalog.model.Role;
import org.endpointatlas.core.CatalogRegistry;
import org.endpointatlas.core.Composer;
import org.endpointatlas.core.ContributedCatalog;
import org.endpointatlas.core.io.AtomicFiles;
import org.endpointatlas.core.io.IoMessages;
import org.endpointatlas.core.io.CatalogLoadException;
import org.endpointatlas.core.io.UserCatalogHome;
import org.endpointatlas.export.ExportService;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.util.tracker.ServiceTracker;

/**
 * Export allowlist: 1. the selection (areas, roles, cloud, overlays, parameters), 2. the format with a preview, 3. the
 * file. It writes atomically what {@code ./endpoint-atlas export} writes for the same selection, byte for byte.
 */
public class ExportWizard extends Wizard implements IExportWizard {

	/** What the catalogs offer to choose from. */
	static final class Choices {
		/** Area id to "name (origin)". */
		final Map<String, String> areas = new TreeMap<>();
		/** Role id to name. */
		final Map<String, String> roles = new TreeMap<>();
		/** Parameter name to its choices (empty for free text). */
		final Map<String, List<String>> parameters = new TreeMap<>();
		final Map<String, String> parameterHints = new TreeMap<>();
	}

	private final ExportRequest request = new ExportRequest();
	private final ServiceTracker<Composer, Composer> composers;
	private final ServiceTracker<ExportService, ExportService> exports;
	private final ServiceTracker<CatalogRegistry, CatalogRegistry> registries;
	private UserFiles home;
	private CatalogLoadException homeProblem;
	private Choices choices;
	private SelectionPage selectionPage;
	private FormatPage formatPage;
	private FilePage filePage;
	private Path written;

	public ExportWizard() {
		setWindowTitle("Export Allowlist");
		setNeedsProgressMonitor(true);
		BundleContext context = FrameworkUtil.getBundle(ExportWizard.class).getBundleContext();
		composers = new ServiceTracker<>(context, Composer.class, null);
		exports = new ServiceTracker<>(context, ExportService.class, null);
		registries = new ServiceTracker<>(context, CatalogRegistry.class, null);
		composers.open();
		exports.open();
		registries.open();
		loadHome();
	}

	@Override
	public void init(IWorkbench workbench, IStructuredSelection selection) {
		// the selection of the Areas view is not used: the first page asks
	}

	private void loadHome() {
		try {
			home = UserFiles.load(UserCatalogHome.defaultHome());
			homeProblem = null;
		} catch (CatalogLoadException e) {
			home = null;
			homeProblem = e;
		}
		choices = choices();
	}

	private Choices choices() {
		Choices result = new Choices();
		List<ContributedCatalog> catalogs = new ArrayList<>();
		CatalogRegistry registry = registries.getService();
		if (registry != null) {
			catalogs.addAll(registry.getCatalogs());
		}
		if (home != null) {
			catalogs.addAll(home.catalogs());
		}
		for (ContributedCatalog catalog : catalogs) {
			catalog.getCatalog().getAreas().forEach(a -> result.areas.putIfAbsent(a.getId(),
					(a.getName() == null ? a.getId() : a.getName()) + "  (" + catalog.getOrigin() + ")"));
			for (Role role : catalog.getCatalog().getRoles()) {
				result.roles.putIfAbsent(role.getId(), role.getName() == null ? "" : role.getName());
			}
			catalog.getCatalog().getAreas().forEach(a -> a.getEndpoints().forEach(e -> e.getRoles().forEach(r -> result.roles.putIfAbsent(r, ""))));
			for (Parameter parameter : catalog.getCatalog().getParameters()) {
				List<String> values = parameter.getType() == ParameterType.CHOICE
						? parameter.getChoices().stream().map(ParameterChoice::getValue).toList()
						: List.of();
				result.parameters.putIfAbsent(parameter.getName(), values);
				result.parameterHints.putIfAbsent(parameter.getName(),
						(parameter.getDescription() == null ? "" : parameter.getDescription())
								+ (parameter.getExample() == null ? "" : " (e.g. " + parameter.getExample() + ")"));
			}
		}
		return result;
	}

	@Override
	public void addPages() {
		selectionPage = new SelectionPage(request, choices, home, homeProblem);
		formatPage = new FormatPage(this, request);
		filePage = new FilePage(request);
		addPage(selectionPage);
		addPage(formatPage);
		addPage(filePage);
	}

	/** Format name to description, from the running exporters. */
	SortedMap<String, String> formats() {
		ExportService service = exports.getService();
		return service == null ? new TreeMap<>() : service.formats();
	}

	/** Composes and exports a snapshot of the request; any thread. */
	ExportRequest.Rendered render(ExportRequest snapshot) throws Exception {
		Composer composer = composers.waitForService(10_000);
		ExportService service = exports.waitForService(10_000);
		if (composer == null || service == null) {
			throw new IllegalStateException("the Endpoint Atlas core and export services are not available");
		}
		if (home == null) {
			throw homeProblem;
		}
		return snapshot.render(composer, service, home);
	}

	private static String describe(Throwable failure) {
		if (failure instanceof IOException) {
			return IoMessages.describe((IOException) failure);
		}
		return failure.getMessage() == null ? failure.toString() : failure.getMessage();
	}

	@Override
	public boolean canFinish() {
		return request.format != null && filePage.getFile() != null && homeProblem == null;
	}

	@Override
	public boolean performFinish() {
		Path file = filePage.getFile();
		ExportRequest snapshot = request.copy();
		try {
			getContainer().run(true, false, monitor -> {
				monitor.beginTask("Exporting " + snapshot.format + " to " + file, IProgressMonitor.UNKNOWN);
				try {
					byte[] bytes = render(snapshot).text.getBytes(StandardCharsets.UTF_8);
					AtomicFiles.write(file, out -> out.write(bytes));
				} catch (Exception e) {
					throw new InvocationTargetException(e);
				} finally {
					monitor.done();
				}
			});
		} catch (InvocationTargetException e) {
			Throwable cause = e.getCause() == null ? e : e.getCause();
			filePage.setErrorMessage("Not exported: " + describe(cause));
			return false;
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			return false;
		}
		written = file;
		return true;
	}

	/** The file the last finish wrote, or {@code null}. */
	public Path getWrittenFile() {
		return written;
	}

	/** The parameters in the order the first page lists them. */
	Map<String, List<String>> parameters() {
		return new LinkedHashMap<>(choices.parameters);
	}

	@Override
	public void dispose() {
		composers.close();
		exports.close();
		registries.close();
		super.dispose();
	}
}
