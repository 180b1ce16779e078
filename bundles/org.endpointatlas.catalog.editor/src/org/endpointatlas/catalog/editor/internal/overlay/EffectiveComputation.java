package org.endpointatlas.catalog.editor.internal.overlay;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.swt.widgets.Display;
import org.endpointatlas.catalog.model.Catalog;
import org.endpointatlas.catalog.model.Cloud;
import org.endpointatlas.catalog.model.Overlay;
import org.endpointatlas.catalog.model.Parameter;
import org.endpointatlas.catalog.model.ParameterChoice;
import org.endpointatlas.catalog.editor.internal.ServiceAccess;
import org.endpointatlas.core.CatalogRegistry;
import org.endpointatlas.core.Composer;
import org.endpointatlas.core.ContributedCatalog;
import org.endpointatlas.core.ContributedOverlay;
import org.endpointatlas.core.EffectiveCatalog;
import org.endpointatlas.core.InvalidSelectionException;
import org.endpointatlas.core.Selection;
import org.endpointatlas.core.io.CatalogFiles;
import org.endpointatlas.core.io.CatalogLoadException;
import org.endpointatlas.core.io.UserCatalogHome;
import org.endpointatlas.core.lint.Problem;

/**
 * Composes the effective catalog with and without the edited overlay in a job, never on the UI thread: the built-in
 * catalogs, the user's catalogs from the home folder (as the command line does), the built-in overlay of the chosen
 * cloud, the parameter values, then this overlay. Requests made while a computation runs collapse into one more run
 * with the latest request; results reach the UI thread in order, stale ones are dropped.
 */
final class EffectiveComputation {

	private static final long SERVICE_WAIT_MS = 10_000;

	/** What to compute: a private copy of the overlay (the UI keeps editing the original) and the live choices. */
	static final class Request {
		final Overlay overlay;
		final String origin;
		final Cloud cloud;
		final Map<String, String> params;
		final Map<EObject, EObject> copyToOriginal;
		final long generation;

		Request(Overlay overlay, String origin, Cloud cloud, Map<String, String> params, Map<EObject, EObject> copyToOriginal, long generation) {
			this.overlay = overlay;
			this.origin = origin;
			this.cloud = cloud;
			this.params = Map.copyOf(params);
			this.copyToOriginal = copyToOriginal;
			this.generation = generation;
		}
	}

	/** The rows and what else the editor shows. */
	static final class Result {
		final Request request;
		final List<EffectiveRow> rows;
		final List<ParameterInfo> parameters;
		final List<Problem> problems;
		final List<String> warnings;
		final String summary;
		final long millis;

		Result(Request request, List<EffectiveRow> rows, List<ParameterInfo> parameters, List<Problem> problems, List<String> warnings,
				String summary, long millis) {
			this.request = request;
			this.rows = rows;
			this.parameters = parameters;
			this.problems = problems;
			this.warnings = warnings;
			this.summary = summary;
			this.millis = millis;
		}
	}

	private final ServiceAccess services;
	private final Display display;
	private final Consumer<Result> onResult;
	private final AtomicReference<Request> pending = new AtomicReference<>();
	private final Map<Path, CachedCatalog> homeCatalogs = new HashMap<>();
	private final Job job;
	private volatile boolean closed;

	EffectiveComputation(ServiceAccess services, Display display, Consumer<Result> onResult) {
		this.services = services;
		this.display = display;
		this.onResult = onResult;
		this.job = Job.create("Computing the effective catalog", this::run);
	}

	void request(Request request) {
		pending.set(request);
		job.schedule();
	}

	boolean isRunning() {
		return job.getState() != Job.NONE || pending.get() != null;
	}

	void close() {
		closed = true;
		job.cancel();
	}

	private IStatus run(IProgressMonitor monitor) {
		Request request = pending.getAndSet(null);
		if (request == null || closed) {
			return Status.OK_STATUS;
		}
		Result result = compute(request);
		if (!closed && !display.isDisposed()) {
			display.asyncExec(() -> {
				if (!closed) {
					onResult.accept(result);
				}
			});
		}
		return Status.OK_STATUS;
	}

	private Result compute(Request request) {
		long start = System.nanoTime();
		List<String> warnings = new ArrayList<>();
		Composer composer;
		CatalogRegistry registry;
		try {
			composer = services.await(Composer.class, SERVICE_WAIT_MS);
			registry = services.await(CatalogRegistry.class, SERVICE_WAIT_MS);
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			return failed(request, "interrupted", start);
		}
		if (composer == null || registry == null) {
			return failed(request, "the Endpoint Atlas core services are not available", start);
		}
		List<ContributedCatalog> home = homeCatalogs(warnings);
		List<ParameterInfo> parameters = parameters(registry.getCatalogs(), home);
		Selection.Builder base = Selection.builder().cloud(request.cloud);
		home.forEach(base::catalog);
		request.params.forEach(base::param);
		EffectiveCatalog without;
		try {
			without = composer.compose(base.build());
		} catch (InvalidSelectionException e) {
			return new Result(request, List.of(), parameters, List.of(), warnings, "Cannot compose: " + e.getMessage(), millis(start));
		}
		ContributedOverlay mine = ContributedOverlay.file(request.overlay, request.origin);
		EffectiveCatalog with;
		try {
			with = composer.compose(base.overlay(mine).build());
		} catch (InvalidSelectionException e) {
			Problem problem = problemOf(e.getMessage(), request.origin);
			return new Result(request, EffectiveDiff.unchanged(without), parameters, List.of(problem), warnings,
					"The overlay cannot be applied (shown without it): " + e.getMessage(), millis(start));
		}
		warnings.addAll(with.getWarnings());
		List<EffectiveRow> rows = EffectiveDiff.rows(without, with, mine);
		return new Result(request, rows, parameters, List.of(), warnings, summary(rows, with, request.cloud), millis(start));
	}

	private static long millis(long start) {
		return (System.nanoTime() - start) / 1_000_000;
	}

	private Result failed(Request request, String reason, long start) {
		return new Result(request, List.of(), List.of(), List.of(), List.of(), "Cannot compute: " + reason, millis(start));
	}

	private static String summary(List<EffectiveRow> rows, EffectiveCatalog with, Cloud cloud) {
		Map<RowKind, Long> counts = rows.stream().collect(Collectors.groupingBy(EffectiveRow::getKind, () -> new java.util.EnumMap<>(RowKind.class),
				Collectors.counting()));
		String marks = counts.entrySet().stream().filter(e -> e.getKey() != RowKind.BASE).map(e -> e.getValue() + " " + e.getKey().label())
				.collect(Collectors.joining(", "));
		return with.getEndpoints().size() + " entries in the " + cloud.getLiteral() + " cloud" + (marks.isEmpty() ? "" : ": " + marks);
	}

	/** {@code FILE:LINE: message} from the overlay engine becomes a finding on that line of the file. */
	private static Problem problemOf(String message, String origin) {
		Matcher located = Pattern.compile(Pattern.quote(origin) + ":(\\d+): (.*)", Pattern.DOTALL).matcher(message);
		if (located.matches()) {
			return new Problem(Problem.Severity.ERROR, origin, Integer.parseInt(located.group(1)), located.group(2));
		}
		String text = message.startsWith(origin + ": ") ? message.substring(origin.length() + 2) : message;
		return new Problem(Problem.Severity.ERROR, origin, 0, text);
	}

	/** The user's catalogs, read again only when a file changed; broken ones are left out with a warning. */
	private List<ContributedCatalog> homeCatalogs(List<String> warnings) {
		List<Path> files;
		try {
			files = UserCatalogHome.catalogFiles(UserCatalogHome.defaultHome());
		} catch (IOException e) {
			warnings.add("cannot list the user-catalog home: " + e.getMessage());
			return List.of();
		}
		homeCatalogs.keySet().retainAll(files);
		List<ContributedCatalog> catalogs = new ArrayList<>();
		for (Path file : files) {
			long modified;
			try {
				modified = Files.getLastModifiedTime(file).toMillis();
			} catch (IOException e) {
				continue;
			}
			CachedCatalog cached = homeCatalogs.get(file);
			if (cached == null || cached.modified != modified) {
				try {
					Catalog catalog = CatalogFiles.loadCatalog(file);
					cached = new CachedCatalog(modified, new ContributedCatalog(catalog, file.toString(), ContributedCatalog.Kind.FILE), null);
				} catch (CatalogLoadException e) {
					cached = new CachedCatalog(modified, null, e.getMessage());
				}
				homeCatalogs.put(file, cached);
			}
			if (cached.catalog != null) {
				catalogs.add(cached.catalog);
			} else {
				warnings.add(cached.problem + " (left out)");
			}
		}
		return catalogs;
	}

	private static final class CachedCatalog {
		final long modified;
		final ContributedCatalog catalog;
		final String problem;

		CachedCatalog(long modified, ContributedCatalog catalog, String problem) {
			this.modified = modified;
			this.catalog = catalog;
			this.problem = problem;
		}
	}

	private static List<ParameterInfo> parameters(List<ContributedCatalog> builtIn, List<ContributedCatalog> home) {
		Map<String, ParameterInfo> byName = new TreeMap<>();
		List<ContributedCatalog> all = new ArrayList<>(builtIn);
		all.addAll(home);
		for (ContributedCatalog catalog : all) {
			for (Parameter parameter : catalog.getCatalog().getParameters()) {
				List<String> choices = parameter.getChoices().stream().map(ParameterChoice::getValue).collect(Collectors.toList());
				byName.putIfAbsent(parameter.getName(), new ParameterInfo(parameter.getName(), parameter.getDescription(), parameter.getExample(),
						parameter.getType() == org.endpointatlas.catalog.model.ParameterType.CHOICE ? choices : List.of()));
			}
		}
		return Collections.unmodifiableList(new ArrayList<>(new LinkedHashMap<>(byName).values()));
	}
}
