package org.endpointatlas.core.io;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.resource.impl.BinaryResourceImpl;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.ecore.xmi.XMLResource;
import org.endpointatlas.catalog.model.Catalog;
import org.endpointatlas.catalog.model.CatalogPackage;
import org.endpointatlas.catalog.model.Overlay;

/**
 * Loads and saves catalog ({@code .xmi}, {@code .catalog}) and overlay ({@code .overlay}) files safely: no DOCTYPE, no
 * external entity, no network access; every problem becomes a one-line {@link CatalogLoadException} with file and line.
 * Saving goes through a temporary file in the same folder and an atomic move. Large catalogs may use EMF's binary
 * resource format ({@value #BINARY_EXTENSION}), which loads several times faster and passes the same checks.
 */
public final class CatalogFiles {

	private CatalogFiles() {
	}

	public static Catalog loadCatalog(Path file) throws CatalogLoadException {
		return rootOf(load(file), Catalog.class, file.toString());
	}

	public static Overlay loadOverlay(Path file) throws CatalogLoadException {
		return rootOf(load(file), Overlay.class, file.toString());
	}

	/** Loads a catalog from a stream, e.g. a bundle entry; {@code uri} names the resource and {@code displayName} the file. */
	public static Catalog loadCatalog(InputStream in, URI uri, String displayName) throws CatalogLoadException {
		return rootOf(load(in, uri, displayName), Catalog.class, displayName);
	}

	/** Loads an overlay from a stream, e.g. a bundle entry of a sovereign-cloud bundle. */
	public static Overlay loadOverlay(InputStream in, URI uri, String displayName) throws CatalogLoadException {
		return rootOf(load(in, uri, displayName), Overlay.class, displayName);
	}

	private static LineTrackingXMIResource load(InputStream in, URI uri, String displayName) throws CatalogLoadException {
		LineTrackingXMIResource resource = newResource(uri);
		try {
			resource.load(in, loadOptions());
		} catch (IOException | RuntimeException e) {
			throw LoadErrors.translate(e, resource, displayName);
		}
		LoadErrors.failOnErrors(resource, displayName);
		check(resource, displayName);
		return resource;
	}

	/** The load-time checks of whichever root the file has; a wrong root is reported by {@link #rootOf}. */
	private static void check(LineTrackingXMIResource resource, String name) throws CatalogLoadException {
		EObject root = resource.getContents().isEmpty() ? null : resource.getContents().get(0);
		if (root instanceof Catalog) {
			CatalogChecks.check((Catalog) root, resource, name);
		} else if (root instanceof Overlay) {
			CatalogChecks.check((Overlay) root, resource, name);
		}
	}

	private static LineTrackingXMIResource load(Path file) throws CatalogLoadException {
		String name = file.toString();
		if (!Files.isRegularFile(file)) {
			throw new CatalogLoadException(name, 0, null, Files.exists(file) ? "not a regular file" : "no such file");
		}
		URI uri = URI.createFileURI(file.toAbsolutePath().toString());
		if (isBinary(file)) {
			LineTrackingXMIResource resource = newResource(uri);
			loadBinary(file, resource);
			check(resource, name);
			return resource;
		}
		try (InputStream in = Files.newInputStream(file)) {
			return load(in, uri, name);
		} catch (IOException e) {
			throw LoadErrors.translate(e, newResource(uri), name);
		}
	}

	/** EMF's binary resource format, for large catalogs: the same model and the same checks, several times faster to load. */
	public static final String BINARY_EXTENSION = ".catalogbin";

	private static boolean isBinary(Path file) {
		return file.getFileName().toString().endsWith(BINARY_EXTENSION);
	}

	/**
	 * Loads a binary resource into {@code target}, so that the checks run on it as on XMI (with no line numbers). Binary
	 * input has no DOCTYPE or entities; what it holds is validated like any other catalog.
	 */
	private static void loadBinary(Path file, LineTrackingXMIResource target) throws CatalogLoadException {
		Resource binary = new BinaryResourceImpl(target.getURI());
		target.getResourceSet().getResources().add(binary);
		try (InputStream in = new BufferedInputStream(Files.newInputStream(file), 1 << 16)) {
			// without an internal buffer, EMF reads the stream one byte (one synchronized call) at a time
			binary.load(in, Map.of(BinaryResourceImpl.OPTION_INTERNAL_BUFFER_CAPACITY, 1 << 16));
		} catch (IOException | RuntimeException e) {
			throw new CatalogLoadException(file.toString(), 0, null, "not a binary catalog (" + e.getClass().getSimpleName() + ")");
		}
		target.getContents().addAll(binary.getContents());
		target.getResourceSet().getResources().remove(binary);
	}

	private static <T> T rootOf(Resource resource, Class<T> type, String name) throws CatalogLoadException {
		if (resource.getContents().isEmpty()) {
			throw new CatalogLoadException(name, 0, null, "the file is empty");
		}
		EObject root = resource.getContents().get(0);
		if (!type.isInstance(root)) {
			int line = resource instanceof LineTrackingXMIResource ? ((LineTrackingXMIResource) resource).lineOf(root) : 0;
			throw new CatalogLoadException(name, line, root.eClass().getName(),
					"expected a " + type.getSimpleName().toLowerCase() + " file, found the root element");
		}
		return type.cast(root);
	}

	/** A resource set that knows only the catalog package: it never consults a global or extension registry. */
	public static ResourceSet newResourceSet() {
		ResourceSet set = new ResourceSetImpl();
		set.getPackageRegistry().put(CatalogPackage.eNS_URI, CatalogPackage.eINSTANCE);
		set.getResourceFactoryRegistry().getExtensionToFactoryMap().put(Resource.Factory.Registry.DEFAULT_EXTENSION,
				(Resource.Factory) LineTrackingXMIResource::new);
		return set;
	}

	private static LineTrackingXMIResource newResource(URI uri) {
		LineTrackingXMIResource resource = new LineTrackingXMIResource(uri);
		newResourceSet().getResources().add(resource);
		return resource;
	}

	static Map<Object, Object> loadOptions() {
		Map<String, Boolean> parserFeatures = new HashMap<>();
		parserFeatures.put("http://apache.org/xml/features/disallow-doctype-decl", Boolean.TRUE);
		parserFeatures.put("http://xml.org/sax/features/external-general-entities", Boolean.FALSE);
		parserFeatures.put("http://xml.org/sax/features/external-parameter-entities", Boolean.FALSE);
		parserFeatures.put("http://apache.org/xml/features/nonvalidating/load-external-dtd", Boolean.FALSE);
		Map<Object, Object> options = new HashMap<>();
		options.put(XMLResource.OPTION_PARSER_FEATURES, parserFeatures);
		options.put(XMLResource.OPTION_RECORD_UNKNOWN_FEATURE, Boolean.FALSE);
		options.put(XMLResource.OPTION_DEFER_IDREF_RESOLUTION, Boolean.TRUE);
		return options;
	}

	static Map<Object, Object> saveOptions() {
		Map<Object, Object> options = new HashMap<>();
		options.put(XMLResource.OPTION_ENCODING, "UTF-8");
		options.put(XMLResource.OPTION_LINE_WIDTH, 120);
		options.put(XMLResource.OPTION_SAVE_TYPE_INFORMATION, Boolean.FALSE);
		return options;
	}

	/** Saves a copy of the root into {@code file} through a temporary file in the same folder and an atomic move. */
	public static void save(EObject root, Path file) throws IOException {
		URI uri = URI.createFileURI(file.toAbsolutePath().toString());
		Resource resource = isBinary(file) ? new BinaryResourceImpl(uri) : newResource(uri);
		resource.getContents().add(EcoreUtil.copy(root));
		AtomicFiles.write(file, out -> resource.save(out, saveOptions()));
	}
}
