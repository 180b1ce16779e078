import java.nio.file.Path;

import org.endpointatlas.catalog.model.Catalog;
import org.endpointatlas.core.io.CatalogFiles;

/**
 * Benchmark helper: loads a catalog file (with all the load-time checks) and saves it in EMF's binary resource format.
 * Run with the product's plugins on the class path: {@code java -cp ... ToBinary.java IN OUT.catalogbin}.
 */
public class ToBinary {

	public static void main(String[] args) throws Exception {
		Catalog catalog = CatalogFiles.loadCatalog(Path.of(args[0]));
		CatalogFiles.save(catalog, Path.of(args[1]));
	}
}
