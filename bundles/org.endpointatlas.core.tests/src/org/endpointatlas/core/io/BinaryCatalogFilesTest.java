package org.endpointatlas.core.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.emf.ecore.util.EcoreUtil;
import org.endpointatlas.catalog.model.Catalog;
import org.endpointatlas.catalog.model.CatalogFactory;
import org.endpointatlas.catalog.model.Endpoint;
import org.endpointatlas.catalog.model.FeatureArea;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** EMF's binary resource format for large catalogs: the same model round-trips, and the same checks refuse bad input. */
class BinaryCatalogFilesTest {

	@TempDir
	Path dir;

	private static Catalog catalog(String pattern, String path) {
		Catalog catalog = CatalogFactory.eINSTANCE.createCatalog();
		catalog.setId("bin");
		catalog.setVersion("1");
		FeatureArea area = CatalogFactory.eINSTANCE.createFeatureArea();
		area.setId("bin-area");
		Endpoint endpoint = CatalogFactory.eINSTANCE.createEndpoint();
		endpoint.setPattern(pattern);
		endpoint.setPathAndQuery(path);
		area.getEndpoints().add(endpoint);
		catalog.getAreas().add(area);
		return catalog;
	}

	@Test
	void aBinaryCatalogRoundTrips() throws Exception {
		Catalog original = catalog("*.manage.microsoft.com", "/fwlink/?LinkID=619849");
		Path file = dir.resolve("big" + CatalogFiles.BINARY_EXTENSION);
		CatalogFiles.save(original, file);
		assertTrue(Files.size(file) > 0);
		assertTrue(EcoreUtil.equals(original, CatalogFiles.loadCatalog(file)));
	}

	@Test
	void aBinaryCatalogPassesTheSameChecks() throws Exception {
		for (Catalog bad : new Catalog[] { catalog("a\"b.example.com", null), catalog("x.example.com", "/x\ny") }) {
			Path file = dir.resolve("bad" + CatalogFiles.BINARY_EXTENSION);
			CatalogFiles.save(bad, file);
			CatalogLoadException e = assertThrows(CatalogLoadException.class, () -> CatalogFiles.loadCatalog(file));
			assertTrue(e.getMessage().startsWith(file + ": invalid "), e.getMessage());
			assertEquals(1, e.getMessage().lines().count(), e.getMessage());
		}
		Path garbage = Files.writeString(dir.resolve("garbage" + CatalogFiles.BINARY_EXTENSION), "not a binary resource");
		CatalogLoadException e = assertThrows(CatalogLoadException.class, () -> CatalogFiles.loadCatalog(garbage));
		assertTrue(e.getMessage().contains("not a binary catalog"), e.getMessage());
	}
}
