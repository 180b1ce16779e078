package org.endpointatlas.ui.internal.views.probe;

import java.io.IOException;
import java.io.Writer;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Collectors;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.IJobChangeEvent;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.core.runtime.jobs.JobChangeAdapter;
import org.eclipse.jface.action.Action;
import org.eclipse.jface.action.IToolBarManager;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.jface.viewers.Viewer;
import org.eclipse.jface.viewers.ViewerFilter;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.IViewPart;
import org.eclipse.ui.part.ViewPart;
import org.endpointatlas.core.EffectiveCatalog;
import org.endpointatlas.probe.ChainCertificate;
import org.endpointatlas.probe.Outcome;
import org.endpointatlas.probe.Pem;
import org.endpointatlas.probe.ProbeOptions;
import org.endpointatlas.probe.ProbeReport;
import org.endpointatlas.probe.ProbeReportWriter;
import org.endpointatlas.probe.ProbeResult;
import org.endpointatlas.probe.Prober;
import org.endpointatlas.probe.ProxySpec;
import org.endpointatlas.ui.EndpointAtlasUi;
import org.endpointatlas.ui.ProbePreferences;
import org.endpointatlas.ui.internal.views.areas.AreasView;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.util.tracker.ServiceTracker;

/**
 * The Probe view: probes the endpoints selected in the Areas view (or all) as a Job, with progress in the Progress
 * view, and shows one row per endpoint as results come in (batched onto the UI thread). The selected row's evidence
 * is shown below the table. Rows can be filtered by outcome and area, re-run, and exported as JSON or JUnit. A
 * UI-thread heartbeat measures the longest stall of the UI thread while a probe runs.
 */
public class ProbeView extends ViewPart {

	/** System property: print a line with the heartbeat's longest UI-thread stall when a run ends. */
	public static final String HEARTBEAT_LOG_PROPERTY = "endpointatlas.ui.heartbeatLog";
	private static final String ALL = "(all)";
	private static final long SERVICE_WAIT_MS = 10_000;

	private TableViewer table;
	private Text details;
	private Label status;
	private Combo outcomeFilter;
	private Combo areaFilter;
	private final Map<String, ProbeResult> rows = new LinkedHashMap<>();
	/** The viewer's input: the rows in arrival order. */
	private List<ProbeResult> shown = new ArrayList<>();
	private final ConcurrentLinkedQueue<ProbeResult> incoming = new ConcurrentLinkedQueue<>();
	private final AtomicBoolean flushPending = new AtomicBoolean();
	private final Map<RGB, Image> icons = new LinkedHashMap<>();
	private UiHeartbeat heartbeat;
	private ServiceTracker<Prober, Prober> probers;
	private volatile Job job;
	private Instant started;
	private long lastRunMs;
	private String catalogVersion;
	private long lastLongestStallMs = -1;

	@Override
	public void createPartControl(Composite parent) {
		BundleContext context = FrameworkUtil.getBundle(ProbeView.class).getBundleContext();
		probers = new ServiceTracker<>(context, Prober.class, null);
		probers.open();
		heartbeat = new UiHeartbeat(parent.getDisplay());

		Composite root = new Composite(parent, SWT.NONE);
		root.setLayout(new GridLayout(5, false));
		new Label(root, SWT.NONE).setText("Outcome:");
		outcomeFilter = new Combo(root, SWT.READ_ONLY);
		outcomeFilter.setData(EndpointAtlasUi.WIDGET_ID_KEY, EndpointAtlasUi.PROBE_OUTCOME_FILTER_WIDGET_ID);
		outcomeFilter.add(ALL);
		Arrays.stream(Outcome.values()).forEach(o -> outcomeFilter.add(o.name()));
		outcomeFilter.select(0);
		new Label(root, SWT.NONE).setText("Area:");
		areaFilter = new Combo(root, SWT.READ_ONLY);
		areaFilter.setData(EndpointAtlasUi.WIDGET_ID_KEY, EndpointAtlasUi.PROBE_AREA_FILTER_WIDGET_ID);
		areaFilter.add(ALL);
		areaFilter.select(0);
		areaFilter.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, false, false));
		status = new Label(root, SWT.NONE);
		status.setData(EndpointAtlasUi.WIDGET_ID_KEY, EndpointAtlasUi.PROBE_STATUS_WIDGET_ID);
		status.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
		status.setText("Select areas in the Areas view and press Run.");

		SashForm sash = new SashForm(root, SWT.VERTICAL);
		sash.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true, 5, 1));
		table = new TableViewer(sash, SWT.MULTI | SWT.FULL_SELECTION | SWT.BORDER);
		table.getTable().setHeaderVisible(true);
		table.getTable().setLinesVisible(true);
		table.getTable().setData(EndpointAtlasUi.WIDGET_ID_KEY, EndpointAtlasUi.PROBE_TABLE_WIDGET_ID);
		table.setContentProvider(ArrayContentProvider.getInstance());
		table.setUseHashlookup(true);
		addColumns();
		table.addFilter(new ViewerFilter() {
			@Override
			public boolean select(Viewer viewer, Object parentElement, Object element) {
				return matches((ProbeResult) element);
			}
		});
		details = new Text(sash, SWT.MULTI | SWT.READ_ONLY | SWT.BORDER | SWT.V_SCROLL | SWT.WRAP);
		details.setData(EndpointAtlasUi.WIDGET_ID_KEY, EndpointAtlasUi.PROBE_DETAILS_WIDGET_ID);
		sash.setWeights(3, 2);
		table.addSelectionChangedListener(e -> showDetails());
		outcomeFilter.addListener(SWT.Selection, e -> table.refresh());
		areaFilter.addListener(SWT.Selection, e -> table.refresh());
		table.setInput(shown);
		contributeActions(getViewSite().getActionBars().getToolBarManager());
	}

	private void addColumns() {
		column("", 28, r -> "", r -> icon(r.getOutcome()));
		column("Outcome", 170, r -> r.getOutcome().name(), null);
		column("Target", 260, ProbeResult::target, null);
		column("Endpoint", 200, ProbeResult::getEndpoint, null);
		column("Stage", 60, r -> r.getStage().id(), null);
		column("Timings (ms)", 200, ProbeView::timings, null);
		column("Detail", 400, ProbeResult::getDetail, null);
	}

	private void column(String title, int width, java.util.function.Function<ProbeResult, String> text,
			java.util.function.Function<ProbeResult, Image> image) {
		TableViewerColumn column = new TableViewerColumn(table, SWT.LEFT);
		column.getColumn().setText(title);
		column.getColumn().setWidth(width);
		column.setLabelProvider(new ColumnLabelProvider() {
			@Override
			public String getText(Object element) {
				return text.apply((ProbeResult) element);
			}

			@Override
			public Image getImage(Object element) {
				return image == null ? null : image.apply((ProbeResult) element);
			}
		});
	}

	static String timings(ProbeResult r) {
		String stages = r.getElapsedMs().entrySet().stream().map(e -> e.getKey().id() + " " + e.getValue())
				.collect(Collectors.joining(", "));
		return stages.isEmpty() ? String.valueOf(r.getTotalMs()) : stages + " (" + r.getTotalMs() + ")";
	}

	/** A small filled circle: green OK, grey not testable, orange intercepted or deadline, red for the rest. */
	private Image icon(Outcome outcome) {
		RGB rgb;
		if (outcome == Outcome.OK) {
			rgb = new RGB(40, 160, 60);
		} else if (outcome.isNotTestable()) {
			rgb = new RGB(150, 150, 150);
		} else if (outcome == Outcome.TLS_INTERCEPTED || outcome == Outcome.DEADLINE_EXCEEDED) {
			rgb = new RGB(230, 140, 20);
		} else {
			rgb = new RGB(210, 40, 40);
		}
		return icons.computeIfAbsent(rgb, c -> {
			Display display = table.getControl().getDisplay();
			Image img = new Image(display, 12, 12);
			GC gc = new GC(img);
			gc.setBackground(table.getControl().getBackground());
			gc.fillRectangle(0, 0, 12, 12);
			Color color = new Color(display, c);
			gc.setBackground(color);
			gc.setAntialias(SWT.ON);
			gc.fillOval(1, 1, 10, 10);
			gc.dispose();
			return img;
		});
	}

	private boolean matches(ProbeResult r) {
		String outcome = outcomeFilter.getText();
		String area = areaFilter.getText();
		return (ALL.equals(outcome) || outcome.isEmpty() || r.getOutcome().name().equals(outcome))
				&& (ALL.equals(area) || area.isEmpty() || r.getAreas().contains(area));
	}

	private void contributeActions(IToolBarManager toolBar) {
		Action run = new Action("Run") {
			@Override
			public void run() {
				runSelection();
			}
		};
		run.setId(EndpointAtlasUi.PROBE_RUN_ACTION_ID);
		run.setToolTipText("Probe the endpoints selected in the Areas view (all when none is selected)");
		Action rerun = new Action("Re-run selected") {
			@Override
			public void run() {
				rerunSelectedRows();
			}
		};
		rerun.setId(EndpointAtlasUi.PROBE_RERUN_ACTION_ID);
		Action json = new Action("Export JSON...") {
			@Override
			public void run() {
				export("json", "*.json");
			}
		};
		Action junit = new Action("Export JUnit...") {
			@Override
			public void run() {
				export("junit", "*.xml");
			}
		};
		toolBar.add(run);
		toolBar.add(rerun);
		toolBar.add(json);
		toolBar.add(junit);
	}

	/** Probes the Areas view's selection (all endpoints when nothing is selected). */
	public void runSelection() {
		IViewPart areas = getSite().getPage().findView(EndpointAtlasUi.AREAS_VIEW_ID);
		EffectiveCatalog catalog = areas instanceof AreasView ? ((AreasView) areas).getSelectedCatalog() : null;
		if (catalog == null) {
			status.setText("The Areas view has no catalog yet: open it and wait for the areas to load.");
			return;
		}
		probe(catalog, false);
	}

	/** Probes the endpoints of the selected rows again; their rows are replaced as the results come in. */
	public void rerunSelectedRows() {
		List<?> selected = table.getStructuredSelection().toList();
		if (selected.isEmpty() || lastCatalog == null) {
			return;
		}
		java.util.Set<String> patterns = selected.stream().map(o -> ((ProbeResult) o).getEndpoint()).collect(Collectors.toSet());
		EffectiveCatalog base = lastCatalog;
		EffectiveCatalog subset = new EffectiveCatalog(
				base.getEndpoints().stream().filter(e -> patterns.contains(e.getPattern())).collect(Collectors.toList()),
				base.getAreas(), base.getSources(), base.getRoles(), base.getVersion(), base.getWarnings(), base.getProblems());
		probe(subset, true);
	}

	private EffectiveCatalog lastCatalog;

	/**
	 * Starts a probe of {@code catalog} as a Job, with the options of the preferences. Returns the job, or
	 * {@code null} when one is already running. Call on the UI thread.
	 */
	public Job probe(EffectiveCatalog catalog, boolean keepOtherRows) {
		if (job != null) {
			status.setText("A probe is already running.");
			return null;
		}
		if (!keepOtherRows) {
			lastCatalog = catalog;
			rows.clear();
			shown = new ArrayList<>();
			table.setInput(shown);
			details.setText("");
		}
		incoming.clear();
		started = Instant.now();
		catalogVersion = catalog.getVersion();
		Display display = table.getControl().getDisplay();
		Job probeJob = new Job("Probing " + catalog.getEndpoints().size() + " endpoints") {
			@Override
			protected IStatus run(IProgressMonitor monitor) {
				return runProbe(catalog, monitor, display);
			}
		};
		probeJob.setUser(false);
		probeJob.addJobChangeListener(new JobChangeAdapter() {
			@Override
			public void done(IJobChangeEvent event) {
				display.asyncExec(() -> finished(event.getResult()));
			}
		});
		job = probeJob;
		heartbeat.start();
		status.setText("Probing " + catalog.getEndpoints().size() + " endpoints...");
		probeJob.schedule();
		return probeJob;
	}

	private IStatus runProbe(EffectiveCatalog catalog, IProgressMonitor monitor, Display display) {
		monitor.beginTask("Probing", IProgressMonitor.UNKNOWN);
		Prober prober;
		try {
			prober = probers.waitForService(SERVICE_WAIT_MS);
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			return Status.CANCEL_STATUS;
		}
		if (prober == null) {
			return Status.error("The probe service is not available (is org.endpointatlas.probe started?)");
		}
		ProbeOptions options;
		try {
			options = options(display, monitor);
		} catch (IOException | RuntimeException e) {
			return Status.error("Invalid probe preferences: " + e.getMessage(), e);
		}
		ProbeReport report = prober.probe(catalog, options);
		// results not seen through the listener (e.g. deadline-exceeded rows) arrive with the report
		incoming.addAll(report.getResults());
		lastRunMs = report.getElapsedMs();
		scheduleFlush(display);
		monitor.done();
		return Status.OK_STATUS;
	}

	private ProbeOptions options(Display display, IProgressMonitor monitor) throws IOException {
		ProbeOptions.Builder builder = ProbeOptions.builder().timeoutMs(Math.max(1, ProbePreferences.timeoutMs()))
				.concurrency(Math.max(1, ProbePreferences.concurrency()));
		String dns = ProbePreferences.dnsServer().trim();
		if (!dns.isEmpty()) {
			int colon = dns.lastIndexOf(':');
			String host = colon > 0 && dns.indexOf(':') == colon ? dns.substring(0, colon) : dns;
			int port = colon > 0 && dns.indexOf(':') == colon ? Integer.parseInt(dns.substring(colon + 1)) : 53;
			builder.dnsServer(new InetSocketAddress(host, port));
		}
		String proxyHost = ProbePreferences.proxyHost().trim();
		if (!proxyHost.isEmpty()) {
			String user = ProbePreferences.proxyUser().trim();
			char[] password = null;
			if (!user.isEmpty()) {
				try {
					password = ProbePreferences.proxyPassword().orElse(null);
				} catch (org.eclipse.equinox.security.storage.StorageException e) {
					throw new IOException("cannot read the proxy password from secure storage: " + e.getMessage(), e);
				}
			}
			builder.proxy(new ProxySpec(proxyHost, ProbePreferences.proxyPort(), user.isEmpty() ? null : user, password));
		}
		String caFile = ProbePreferences.caFile().trim();
		if (!caFile.isEmpty()) {
			builder.caRoots(Pem.readCertificates(Path.of(caFile)));
		}
		builder.listener((result, n, count) -> {
			incoming.add(result);
			monitor.subTask(n + " of " + count + ": " + result.target() + " " + result.getOutcome());
			monitor.worked(1);
			scheduleFlush(display);
		});
		return builder.build();
	}

	/** At most one pending flush: results that arrive meanwhile join the same batch. */
	private void scheduleFlush(Display display) {
		if (flushPending.compareAndSet(false, true) && !display.isDisposed()) {
			display.asyncExec(this::flush);
		}
	}

	private void flush() {
		flushPending.set(false);
		if (table == null || table.getControl().isDisposed()) {
			return;
		}
		List<ProbeResult> batch = new ArrayList<>();
		for (ProbeResult r; (r = incoming.poll()) != null;) {
			batch.add(r);
		}
		if (batch.isEmpty()) {
			return;
		}
		List<ProbeResult> added = new ArrayList<>();
		boolean replaced = false;
		for (ProbeResult r : batch) {
			ProbeResult previous = rows.put(key(r), r);
			if (previous == null) {
				added.add(r);
			} else if (previous != r) {
				// a re-run's result; the report's own copy of a row already shown is the same object
				replaced = true;
			}
		}
		boolean newRows = !added.isEmpty();
		table.getTable().setRedraw(false);
		try {
			if (replaced) {
				shown = new ArrayList<>(rows.values());
				table.setInput(shown);
			} else {
				// only the new rows: a batch costs its own size, not the table's
				shown.addAll(added);
				table.add(added.toArray());
			}
		} finally {
			table.getTable().setRedraw(true);
		}
		if (newRows) {
			updateAreaFilter();
		}
		updateStatus();
		showDetails();
	}

	private static String key(ProbeResult r) {
		return r.getEndpoint() + "|" + r.getHost() + "|" + r.getPort() + "|" + r.getScheme() + "|" + r.getTransport();
	}

	private void updateAreaFilter() {
		TreeSet<String> areas = new TreeSet<>();
		rows.values().forEach(r -> areas.addAll(r.getAreas()));
		String current = areaFilter.getText();
		List<String> items = new ArrayList<>();
		items.add(ALL);
		items.addAll(areas);
		if (!items.equals(Arrays.asList(areaFilter.getItems()))) {
			areaFilter.setItems(items.toArray(new String[0]));
			int index = items.indexOf(current);
			areaFilter.select(index < 0 ? 0 : index);
		}
	}

	private void updateStatus() {
		Map<Outcome, Long> counts = rows.values().stream()
				.collect(Collectors.groupingBy(ProbeResult::getOutcome, java.util.TreeMap::new, Collectors.counting()));
		String text = rows.size() + " results: " + counts.entrySet().stream().map(e -> e.getKey() + " " + e.getValue())
				.collect(Collectors.joining(", "));
		if (heartbeat.isRunning()) {
			text += "; running, longest UI stall so far " + heartbeat.getLongestGapMs() + " ms";
		} else if (lastLongestStallMs >= 0) {
			text += "; " + lastRunMs + " ms; longest UI stall " + lastLongestStallMs + " ms";
		}
		status.setText(text);
		status.getParent().layout(new org.eclipse.swt.widgets.Control[] { status });
	}

	private void finished(IStatus result) {
		job = null;
		if (heartbeat == null || table.getControl().isDisposed()) {
			return;
		}
		flush();
		heartbeat.stop();
		lastLongestStallMs = heartbeat.getLongestGapMs();
		if (Boolean.getBoolean(HEARTBEAT_LOG_PROPERTY)) {
			System.out.println("probe view: " + rows.size() + " results in " + lastRunMs + " ms; longest UI-thread stall "
					+ lastLongestStallMs + " ms (" + heartbeat.getTicks() + " heartbeat ticks of " + UiHeartbeat.TICK_MS + " ms)");
			System.out.flush();
		}
		updateStatus();
		if (result != null && result.getSeverity() == IStatus.ERROR) {
			status.setText(result.getMessage());
		}
	}

	private void showDetails() {
		Object selected = table.getStructuredSelection().getFirstElement();
		if (!(selected instanceof ProbeResult)) {
			details.setText("");
			return;
		}
		details.setText(evidence((ProbeResult) selected));
	}

	/** The evidence of one result, as shown in the details pane. */
	public static String evidence(ProbeResult r) {
		StringBuilder b = new StringBuilder();
		line(b, "Target", r.target());
		line(b, "Endpoint", r.getEndpoint());
		line(b, "Outcome", r.getOutcome() + " at " + r.getStage().id() + (r.isFailed() ? " (fails the run)" : ""));
		line(b, "Detail", r.getDetail());
		line(b, "Areas", String.join(", ", r.getAreas()));
		line(b, "Timings (ms)", timings(r));
		line(b, "Resolved", r.getAddresses().isEmpty() ? "-" : String.join(", ", r.getAddresses()));
		line(b, "Proxy", r.getProxy().orElse("none"));
		line(b, "TLS", r.getTlsVersion().map(v -> v + " " + r.getTlsCipher().orElse("")).orElse("-"));
		List<ChainCertificate> chain = r.getChain();
		for (int i = 0; i < chain.size(); i++) {
			line(b, "Chain[" + i + "] subject", chain.get(i).getSubject());
			line(b, "Chain[" + i + "] issuer", chain.get(i).getIssuer());
		}
		line(b, "HTTP status", r.getHttpStatus().map(String::valueOf).orElse("-"));
		if (!r.getRedirects().isEmpty()) {
			line(b, "Redirects", String.join(" -> ", r.getRedirects()));
		}
		r.getFinalUrl().ifPresent(u -> line(b, "Final URL", u + (Boolean.FALSE.equals(r.getFinalHostInCatalog().orElse(null))
				? " (outside the effective catalog)" : "")));
		return b.toString();
	}

	private static void line(StringBuilder b, String label, String value) {
		b.append(label).append(": ").append(value == null ? "" : value).append('\n');
	}

	private void export(String format, String extension) {
		if (rows.isEmpty()) {
			MessageDialog.openInformation(getSite().getShell(), "Export", "There are no results to export yet.");
			return;
		}
		FileDialog dialog = new FileDialog(getSite().getShell(), SWT.SAVE);
		dialog.setFilterExtensions(new String[] { extension, "*" });
		dialog.setFileName("probe" + extension.substring(1));
		dialog.setOverwrite(true);
		String file = dialog.open();
		if (file == null) {
			return;
		}
		try {
			export(format, Path.of(file));
		} catch (IOException e) {
			MessageDialog.openError(getSite().getShell(), "Export", "Cannot write " + file + ": " + e.getMessage());
		}
	}

	/** Writes the current results (all rows, unfiltered) with {@link ProbeReportWriter}. */
	public void export(String format, Path file) throws IOException {
		ProbeReport report = currentReport();
		try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
			ProbeReportWriter.write(format, report, out);
		}
	}

	/** The rows as a report. */
	public ProbeReport currentReport() {
		return new ProbeReport(new ArrayList<>(rows.values()), started == null ? Instant.now() : started, lastRunMs, false,
				catalogVersion);
	}

	/**
	 * Selects the first row that did not pass and has a certificate chain, else the first that did not pass, so that
	 * the evidence pane shows something worth seeing (for scripted runs).
	 */
	public void selectFirstProblem() {
		List<ProbeResult> problems = shown.stream().filter(r -> r.getOutcome() != Outcome.OK && !r.getOutcome().isNotTestable())
				.collect(Collectors.toList());
		problems.stream().filter(r -> !r.getChain().isEmpty()).findFirst().or(() -> problems.stream().findFirst()).ifPresent(r -> {
			table.setSelection(new org.eclipse.jface.viewers.StructuredSelection(r), true);
			showDetails();
		});
	}

	/** Whether a probe is running. */
	public boolean isRunning() {
		return job != null;
	}

	/** The longest UI-thread stall of the last finished run in ms, or -1 before the first run ends. */
	public long getLongestStallMs() {
		return lastLongestStallMs;
	}

	/** The rows, in the order they arrived (unfiltered). */
	public List<ProbeResult> getResults() {
		return new ArrayList<>(rows.values());
	}

	@Override
	public void setFocus() {
		table.getControl().setFocus();
	}

	@Override
	public void dispose() {
		Job running = job;
		if (running != null) {
			running.cancel();
		}
		if (heartbeat != null) {
			heartbeat.stop();
		}
		if (probers != null) {
			probers.close();
		}
		icons.values().forEach(Image::dispose);
		icons.clear();
		super.dispose();
	}
}
