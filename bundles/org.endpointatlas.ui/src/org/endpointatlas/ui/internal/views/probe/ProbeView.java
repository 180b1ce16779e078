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
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
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
import org.endpointatlas.core.EffectiveEndpoint;
import org.endpointatlas.probe.ChainCertificate;
import org.endpointatlas.probe.Outcome;
import org.endpointatlas.probe.Pem;
import org.endpointatlas.probe.ProbeOptions;
import org.endpointatlas.probe.ProbeReport;
import org.endpointatlas.probe.ProbeReportWriter;
import org.endpointatlas.probe.ProbeResult;
import org.endpointatlas.probe.Prober;
import org.endpointatlas.probe.ProxySpec;
import org.endpointatlas.probe.Stage;
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
 * <p>
 * A run can be stopped: the Stop button of the view's toolbar (enabled while a run is going) and the cancel buttons of
 * the Progress view and of the status line's progress all cancel the job. {@link Prober} takes no monitor, but its
 * engine stops at once when the thread that runs it is interrupted, so the job runs it on a thread of its own and
 * interrupts that thread on cancel: the results that were in stay, the probes in flight have their sockets closed, and
 * the engine answers for the rest as {@link Outcome#CANCELLED}, with "not run" or the stage the probe was stopped in as
 * their detail. The view and its exports show the engine's outcome.
 */
public class ProbeView extends ViewPart {

	/** System property: print a line with the heartbeat's longest UI-thread stall when a run ends. */
	public static final String HEARTBEAT_LOG_PROPERTY = "endpointatlas.ui.heartbeatLog";
	/** The id of the Stop action in the view's toolbar. */
	public static final String STOP_ACTION_ID = "org.endpointatlas.ui.views.probe.stop";
	/** What the Outcome column shows for the rows of a stopped run that the probe did not finish: the outcome's name. */
	public static final String CANCELLED = Outcome.CANCELLED.name();
	/** The detail of a row whose probe had not started when the run was stopped (the probe's own wording). */
	public static final String NOT_RUN_DETAIL = ProbeResult.NOT_RUN_DETAIL;
	private static final String ALL = "(all)";
	private static final long SERVICE_WAIT_MS = 10_000;
	/** How often the job looks at its monitor while the probe runs (a cancel also interrupts the probe directly). */
	private static final long CANCEL_POLL_MS = 100;

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
	private volatile ProbeJob job;
	private Action stop;
	private boolean lastRunStopped;
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
		column("", 28, r -> "", r -> icon(r));
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

	/** A small filled circle: green OK, grey not testable or cancelled, orange intercepted or deadline, red for the rest. */
	private Image icon(ProbeResult r) {
		Outcome outcome = r.getOutcome();
		RGB rgb;
		if (outcome == Outcome.OK) {
			rgb = new RGB(40, 160, 60);
		} else if (outcome.isNotTestable() || outcome == Outcome.CANCELLED) {
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
		stop = new Action("Stop") {
			@Override
			public void run() {
				stopRun();
			}
		};
		stop.setId(STOP_ACTION_ID);
		stop.setToolTipText("Stop the running probe; the endpoints it has not probed yet are marked " + CANCELLED);
		stop.setEnabled(false);
		toolBar.add(run);
		toolBar.add(stop);
		toolBar.add(rerun);
		toolBar.add(json);
		toolBar.add(junit);
	}

	/**
	 * Cancels the running probe, as the Progress view's cancel button does; the engine answers for the endpoints it has
	 * not finished as {@link Outcome#CANCELLED}.
	 */
	public void stopRun() {
		ProbeJob running = job;
		if (running != null) {
			stop.setEnabled(false);
			status.setText("Stopping the probe...");
			running.cancel();
		}
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
		ProbeJob probeJob = new ProbeJob(catalog, display);
		probeJob.setUser(false);
		probeJob.addJobChangeListener(new JobChangeAdapter() {
			@Override
			public void done(IJobChangeEvent event) {
				if (!probeJob.ran && event.getResult() != null && event.getResult().getSeverity() == IStatus.CANCEL) {
					probeJob.stopped(); // cancelled before it started
				}
				if (!display.isDisposed()) {
					display.asyncExec(() -> finished(event.getResult()));
				}
			}
		});
		job = probeJob;
		lastRunStopped = false;
		stop.setEnabled(true);
		heartbeat.start();
		status.setText("Probing " + catalog.getEndpoints().size() + " endpoints...");
		probeJob.schedule();
		return probeJob;
	}

	/**
	 * A probe run. {@link Prober#probe} takes no monitor, but the engine stops at once when the thread that runs it is
	 * interrupted: it answers for every endpoint it has not finished and returns. So the probe runs on a thread of its
	 * own, which a cancel interrupts, through {@link #canceling()} (the Stop button, the Progress view and the status
	 * line all call {@link #cancel()}) and, should a monitor be cancelled directly, through the job's watch of its
	 * monitor.
	 */
	private final class ProbeJob extends Job {

		private final EffectiveCatalog catalog;
		private final Display display;
		/** Set before the probe thread is interrupted, so that a cancel that comes before the thread is known still stops it. */
		private volatile boolean cancelRequested;
		private volatile Thread probeThread;
		/** The endpoints (patterns) that have a result in this run. */
		private final Set<String> answered = ConcurrentHashMap.newKeySet();
		private volatile boolean ran;

		ProbeJob(EffectiveCatalog catalog, Display display) {
			super("Probing " + catalog.getEndpoints().size() + " endpoints");
			this.catalog = catalog;
			this.display = display;
		}

		@Override
		protected void canceling() {
			interruptProbe();
		}

		private void interruptProbe() {
			cancelRequested = true;
			Thread thread = probeThread;
			if (thread != null) {
				thread.interrupt();
			}
		}

		@Override
		protected IStatus run(IProgressMonitor monitor) {
			ran = true;
			monitor.beginTask("Probing", IProgressMonitor.UNKNOWN);
			try {
				return runProbe(monitor);
			} finally {
				monitor.done();
			}
		}

		private IStatus runProbe(IProgressMonitor monitor) {
			Prober prober;
			try {
				prober = probers.waitForService(SERVICE_WAIT_MS);
			} catch (InterruptedException e) {
				Thread.currentThread().interrupt();
				return stopped();
			}
			if (monitor.isCanceled()) {
				return stopped();
			}
			if (prober == null) {
				return Status.error("The probe service is not available (is org.endpointatlas.probe started?)");
			}
			ProbeOptions options;
			try {
				options = options(display, monitor, result -> answered.add(result.getEndpoint()));
			} catch (IOException | RuntimeException e) {
				return Status.error("Invalid probe preferences: " + e.getMessage(), e);
			}
			FutureTask<ProbeReport> probe = new FutureTask<>(() -> prober.probe(catalog, options));
			Thread thread = new Thread(probe, "endpoint-atlas-probe-view");
			thread.setDaemon(true);
			probeThread = thread;
			thread.start();
			if (cancelRequested) {
				thread.interrupt(); // a cancel that came before the thread was known
			}
			ProbeReport report;
			while (true) {
				try {
					report = probe.get(CANCEL_POLL_MS, TimeUnit.MILLISECONDS);
					break;
				} catch (TimeoutException e) {
					if (monitor.isCanceled() && !cancelRequested) {
						interruptProbe();
					}
				} catch (InterruptedException e) {
					// the job's own thread was interrupted: stop the probe, and wait for its answer
					interruptProbe();
				} catch (ExecutionException e) {
					scheduleFlush(display);
					return Status.error("The probe failed: " + e.getCause(), e.getCause());
				}
			}
			// the report holds every row, the listener's included: flush() keeps one row per key
			report.getResults().forEach(result -> {
				answered.add(result.getEndpoint());
				incoming.add(result);
			});
			lastRunMs = report.getElapsedMs();
			return cancelRequested || monitor.isCanceled() ? stopped() : completed();
		}

		private IStatus completed() {
			scheduleFlush(display);
			return Status.OK_STATUS;
		}

		/**
		 * A cancelled run: the engine answered for every endpoint it was given; those with no result at all (the run was
		 * cancelled before the engine had them) get a row that says they were not run.
		 */
		private IStatus stopped() {
			for (EffectiveEndpoint endpoint : catalog.getEndpoints()) {
				if (!answered.contains(endpoint.getPattern())) {
					incoming.add(ProbeResult.builder(endpoint.getPattern()).areas(endpoint.getAreaIds()).required(endpoint.isRequired())
							.outcome(Outcome.CANCELLED).stage(Stage.NONE).detail(NOT_RUN_DETAIL).build());
				}
			}
			scheduleFlush(display);
			return Status.CANCEL_STATUS;
		}
	}

	private ProbeOptions options(Display display, IProgressMonitor monitor, java.util.function.Consumer<ProbeResult> answered)
			throws IOException {
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
			answered.accept(result);
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
		Map<String, Long> counts = rows.values().stream()
				.collect(Collectors.groupingBy(r -> r.getOutcome().name(), java.util.TreeMap::new, Collectors.counting()));
		String text = (lastRunStopped ? "Stopped. " : "") + rows.size() + " results: "
				+ counts.entrySet().stream().map(e -> e.getKey() + " " + e.getValue()).collect(Collectors.joining(", "));
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
		stop.setEnabled(false);
		lastRunStopped = result != null && result.getSeverity() == IStatus.CANCEL;
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
		List<ProbeResult> problems = shown.stream()
				.filter(r -> r.getOutcome() != Outcome.OK && !r.getOutcome().isNotTestable() && r.getOutcome() != Outcome.CANCELLED)
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

	/** The running probe's job (for the Progress view and tests), or {@code null}. */
	public Job getJob() {
		return job;
	}

	/** Whether the last run ended because it was stopped. */
	public boolean wasStopped() {
		return lastRunStopped;
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
