package org.endpointatlas.ui.internal.views.areas;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.swt.widgets.Display;
import org.endpointatlas.catalog.model.Catalog;
import org.endpointatlas.core.Composer;
import org.endpointatlas.core.ContributedCatalog;
import org.endpointatlas.core.ContributedOverlay;
import org.endpointatlas.core.InvalidSelectionException;
import org.endpointatlas.core.EffectiveCatalog;
import org.endpointatlas.core.Selection;
import org.endpointatlas.core.io.CatalogFiles;
import org.endpointatlas.core.io.CatalogLoadException;
import org.endpointatlas.core.io.UserCatalogHome;
import org.osgi.framework.BundleContext;
import org.osgi.framework.ServiceReference;
import org.osgi.util.tracker.ServiceTracker;

/**
 * Composes the catalog in a background job and hands the {@link CatalogSnapshot} to the UI thread: the built-in
 * catalogs with the user's catalogs and overlays from the user-catalog home, as the command line composes them. The
 * {@link Composer} service is tracked: the loader refreshes by itself when it comes or goes, and waits for it only in
 * the job, never on the UI thread.
 */
final class CatalogLoader {

	private static final long SERVICE_WAIT_MS = 10_000;
	private static final int SETTLE_MS = 250;

	private final Display display;
	private final Consumer<CatalogSnapshot> onLoaded;
	private final ServiceTracker<Composer, Composer> composers;
	private final Job job = Job.create("Loading Endpoint Atlas areas", this::load);
	private volatile boolean includeRetired;
	private volatile boolean closed;
	/** One instance: the display's timer queue holds a runnable at most once, and scheduling it again restarts it. */
	private final Runnable settledRefresh = this::refresh;

	CatalogLoader(BundleContext context, Display display, Consumer<CatalogSnapshot> onLoaded) {
		this.display = display;
		this.onLoaded = onLoaded;
		this.composers = new ServiceTracker<>(context, Composer.class, null) {
			@Override
			public Composer addingService(ServiceReference<Composer> reference) {
				Composer composer = super.addingService(reference);
				refresh();
				return composer;
			}

			@Override
			public void removedService(ServiceReference<Composer> reference, Composer composer) {
				super.removedService(reference, composer);
				refresh();
			}
		};
	}

	void open() {
		composers.open();
		if (composers.isEmpty()) {
			// no core services yet: the job waits for them (and when they come, addingService refreshes once more);
			// with them, addingService has already scheduled the one load this needs (a second one would compose the
			// catalog twice at start-up, and show it twice)
			refresh();
		}
	}

	/** Recomputes in the background; calls while a computation runs coalesce into one more run. */
	void refresh() {
		if (!closed) {
			job.schedule();
		}
	}

	/**
	 * Recomputes once the changes have settled: a burst (a bundle installed and started, many bundles starting) becomes
	 * one refresh, {@value #SETTLE_MS} ms after its last change. Any thread; does nothing once closed.
	 */
	void refreshWhenSettled() {
		if (!closed && !display.isDisposed()) {
			display.asyncExec(() -> {
				if (!closed) {
					display.timerExec(SETTLE_MS, settledRefresh);
				}
			});
		}
	}

	void setIncludeRetired(boolean include) {
		includeRetired = include;
		refresh();
	}

	void close() {
		closed = true;
		job.cancel();
		composers.close();
	}

	private IStatus load(IProgressMonitor monitor) {
		CatalogSnapshot snapshot = compose();
		if (!closed && !monitor.isCanceled() && !display.isDisposed()) {
			display.asyncExec(() -> {
				if (!closed) {
					onLoaded.accept(snapshot);
				}
			});
		}
		return Status.OK_STATUS;
	}

	private CatalogSnapshot compose() {
		Composer composer;
		try {
			composer = composers.waitForService(SERVICE_WAIT_MS);
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			return CatalogSnapshot.empty("Interrupted while waiting for the Endpoint Atlas core services");
		}
		if (composer == null) {
			return CatalogSnapshot.empty("The Endpoint Atlas core services are not available (is org.endpointatlas.core started?)");
		}
		Path home = UserCatalogHome.defaultHome();
		List<CatalogSnapshot.UserFile> files = new ArrayList<>();
		Selection.Builder selection = Selection.builder().includeRetired(includeRetired);
		List<ContributedOverlay> overlays = new ArrayList<>();
		String note = loadUserFiles(home, files, selection, overlays);
		try {
			// like the command line: the home's catalogs join the built-in ones, and its overlays apply in name order
			Selection.Builder withOverlays = Selection.builder().includeRetired(includeRetired);
			selection.build().getExtraCatalogs().forEach(withOverlays::catalog);
			overlays.forEach(withOverlays::overlay);
			EffectiveCatalog catalog;
			try {
				catalog = composer.compose(withOverlays.build());
			} catch (InvalidSelectionException e) {
				// a half-edited overlay must not empty the navigator: show the catalogs without the overlays, and say why
				catalog = composer.compose(selection.build());
				note = join(note, "overlays not applied: " + e.getMessage());
			}
			return CatalogSnapshot.of(catalog, home, files, note);
		} catch (RuntimeException e) {
			return CatalogSnapshot.empty("Composing the catalog failed: " + e);
		}
	}

	/** Loads the home's files; broken ones are listed with their error and left out. */
	private static String loadUserFiles(Path home, List<CatalogSnapshot.UserFile> files, Selection.Builder selection,
			List<ContributedOverlay> overlays) {
		try {
			for (Path file : UserCatalogHome.catalogFiles(home)) {
				try {
					Catalog catalog = CatalogFiles.loadCatalog(file);
					selection.catalog(new ContributedCatalog(catalog, file.toString(), ContributedCatalog.Kind.FILE));
					files.add(new CatalogSnapshot.UserFile(file, UserFileNode.Kind.CATALOG, null));
				} catch (CatalogLoadException e) {
					files.add(new CatalogSnapshot.UserFile(file, UserFileNode.Kind.CATALOG, e.getMessage()));
				}
			}
			for (Path file : UserCatalogHome.overlayFiles(home)) {
				try {
					overlays.add(ContributedOverlay.file(CatalogFiles.loadOverlay(file), file.toString()));
					files.add(new CatalogSnapshot.UserFile(file, UserFileNode.Kind.OVERLAY, null));
				} catch (CatalogLoadException e) {
					files.add(new CatalogSnapshot.UserFile(file, UserFileNode.Kind.OVERLAY, e.getMessage()));
				}
			}
			return null;
		} catch (IOException e) {
			return "cannot list " + home + ": " + e.getMessage();
		}
	}

	private static String join(String first, String second) {
		return first == null ? second : first + "; " + second;
	}
}
