import java.io.OutputStream;
import java.io.Writer;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.endpointatlas.catalog.model.Catalog;
import org.endpointatlas.core.CatalogRegistry;
import org.endpointatlas.core.ContributedCatalog;
import org.endpointatlas.core.ContributedOverlay;
import org.endpointatlas.core.EffectiveCatalog;
import org.endpointatlas.core.LoadProblem;
import org.endpointatlas.core.Selection;
import org.endpointatlas.core.internal.ComposerImpl;
import org.endpointatlas.core.io.CatalogFiles;
import org.endpointatlas.core.io.Utf8Writer;
import org.endpointatlas.export.AllowlistExporter;
import org.endpointatlas.export.ExportContext;
import org.endpointatlas.export.internal.HostsExporter;
import org.endpointatlas.export.internal.SquidExporter;

/**
 * Benchmark helper: the export's own work (load, compose, write) repeated in one JVM, so that the JIT has compiled it:
 * what the work costs once start-up and warm-up are out of the way. It runs the product's classes outside the
 * framework, on the given catalog alone (no built-in catalogs), and writes to a byte sink.
 * {@code java -cp ... WarmExport.java CATALOG FORMAT ROUNDS} prints, for the fastest round, "load compose write" in
 * seconds.
 */
public class WarmExport {

	public static void main(String[] args) throws Exception {
		Path file = Path.of(args[0]);
		AllowlistExporter exporter = args[1].equals("squid") ? new SquidExporter() : new HostsExporter();
		double[] best = null;
		for (int round = Integer.parseInt(args[2]); round > 0; round--) {
			double[] phases = once(file, exporter);
			if (best == null || sum(phases) < sum(best)) {
				best = phases;
			}
		}
		System.out.printf("%.3f %.3f %.3f%n", best[0], best[1], best[2]);
	}

	private static double[] once(Path file, AllowlistExporter exporter) throws Exception {
		long start = System.nanoTime();
		Catalog catalog = CatalogFiles.loadCatalog(file);
		long loaded = System.nanoTime();
		EffectiveCatalog effective = new ComposerImpl(registryOf(catalog, file)).compose(Selection.all());
		long composed = System.nanoTime();
		try (Writer out = new Utf8Writer(OutputStream.nullOutputStream())) {
			exporter.export(effective, new ExportContext(Map.of(), warning -> {
			}), out);
		}
		long written = System.nanoTime();
		return new double[] { (loaded - start) / 1e9, (composed - loaded) / 1e9, (written - composed) / 1e9 };
	}

	private static double sum(double[] phases) {
		return phases[0] + phases[1] + phases[2];
	}

	private static CatalogRegistry registryOf(Catalog catalog, Path file) {
		ContributedCatalog contributed = new ContributedCatalog(catalog, file.toString(), ContributedCatalog.Kind.FILE);
		return new CatalogRegistry() {
			@Override
			public List<ContributedCatalog> getCatalogs() {
				return List.of(contributed);
			}

			@Override
			public List<ContributedOverlay> getOverlays() {
				return List.of();
			}

			@Override
			public List<LoadProblem> getProblems() {
				return List.of();
			}
		};
	}
}
