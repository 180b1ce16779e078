package org.endpointatlas.ui.internal.views.areas;

import java.util.function.Consumer;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.swt.widgets.Display;
import org.endpointatlas.core.Composer;
import org.endpointatlas.core.EffectiveCatalog;
import org.endpointatlas.core.Selection;
import org.osgi.framework.BundleContext;
import org.osgi.framework.ServiceReference;
import org.osgi.util.tracker.ServiceTracker;

/**
 * Composes the catalog in a background job and hands the {@link CatalogSnapshot} to the UI thread. The
 * {@link Composer} service is tracked: the loader refreshes by itself when it comes or goes, and waits for it only in
 * the job, never on the UI thread.
 */
final class CatalogLoader {

	private static final long SERVICE_WAIT_MS = 10_000;

	private final Display display;
	private final Consumer<CatalogSnapshot> onLoaded;
	private final ServiceTracker<Composer, Composer> composers;
	private final Job job = Job.create("Loading Endpoint Atlas areas", this::load);
	private volatile boolean includeRetired;
	private volatile boolean closed;

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
		refresh();
	}

	/** Recomputes in the background; calls while a computation runs coalesce into one more run. */
	void refresh() {
		if (!closed) {
			job.schedule();
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
		try {
			EffectiveCatalog catalog = composer.compose(Selection.builder().includeRetired(includeRetired).build());
			return CatalogSnapshot.of(catalog);
		} catch (RuntimeException e) {
			return CatalogSnapshot.empty("Composing the catalog failed: " + e);
		}
	}
}
