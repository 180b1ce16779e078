package org.endpointatlas.catalog.editor.internal;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.ui.IEditorInput;
import org.eclipse.ui.IPathEditorInput;
import org.endpointatlas.catalog.model.Catalog;
import org.endpointatlas.core.CatalogRegistry;
import org.endpointatlas.core.ContributedCatalog;
import org.endpointatlas.core.io.CatalogFiles;
import org.endpointatlas.core.io.CatalogLoadException;
import org.endpointatlas.core.io.LineTrackingXMIResource;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.wiring.BundleCapability;
import org.osgi.framework.wiring.BundleRevision;

/**
 * The model an editor shows: a catalog or overlay loaded safely by {@link CatalogFiles} (no DOCTYPE, no entities),
 * where it came from, whether it may be changed, and what its file looked like when last read or written.
 */
public final class ModelDocument {

	/** What the editor edits. */
	public enum Kind {
		CATALOG, OVERLAY
	}

	/** The capability an area bundle announces its catalog with (see the extender in org.endpointatlas.core). */
	private static final String CATALOG_NAMESPACE = "org.endpointatlas.catalog";

	private final EObject root;
	private final EditorResource resource;
	private final Path file;
	private final String displayName;
	private final boolean readOnly;
	private FileStamp stamp;

	private ModelDocument(EObject root, LineTrackingXMIResource loadedFrom, URI uri, Path file, String displayName, boolean readOnly) {
		this.resource = new EditorResource(uri);
		this.resource.adopt(root, loadedFrom);
		this.root = root;
		this.file = file;
		this.displayName = displayName;
		this.readOnly = readOnly;
		this.stamp = file == null ? null : FileStamp.of(file);
	}

	/** The file of an editor input: ours, or the path of another editor input (an IDE workspace file). */
	public static Optional<Path> fileOf(IEditorInput input) {
		if (input instanceof FileInput) {
			return Optional.of(((FileInput) input).getFile());
		}
		if (input instanceof IPathEditorInput) {
			return Optional.of(((IPathEditorInput) input).getPath().toPath());
		}
		Path adapted = input.getAdapter(Path.class);
		if (adapted != null) {
			return Optional.of(adapted);
		}
		return Optional.empty();
	}

	/**
	 * @throws CatalogLoadException with file, line and reason when the input cannot be read or is not a well-formed
	 *             catalog (or overlay) file
	 */
	public static ModelDocument load(IEditorInput input, Kind kind, BundleContext context, CatalogRegistry registry) throws CatalogLoadException {
		if (input instanceof BuiltInInput) {
			return loadBuiltIn((BuiltInInput) input, context, registry);
		}
		Path file = fileOf(input).orElseThrow(() -> new CatalogLoadException(input.getName(), 0, null, "not a file"));
		EObject root = kind == Kind.OVERLAY ? CatalogFiles.loadOverlay(file) : CatalogFiles.loadCatalog(file);
		return new ModelDocument(root, (LineTrackingXMIResource) root.eResource(), URI.createFileURI(file.toString()), file,
				file.toString(), false);
	}

	private static ModelDocument loadBuiltIn(BuiltInInput input, BundleContext context, CatalogRegistry registry) throws CatalogLoadException {
		String name = input.getOrigin() + (input.getAreaId() == null ? "" : "/" + input.getAreaId());
		Optional<Bundle> bundle = context == null ? Optional.empty()
				: Arrays.stream(context.getBundles()).filter(b -> input.getOrigin().equals(b.getSymbolicName()))
						.max(Comparator.comparing(Bundle::getVersion));
		Optional<String> resource = bundle.flatMap(b -> announcedResource(b, input.getAreaId()));
		if (bundle.isPresent() && resource.isPresent()) {
			String displayName = input.getOrigin() + "/" + resource.get();
			URL entry = bundle.get().getEntry(resource.get());
			if (entry == null) {
				throw new CatalogLoadException(displayName, 0, null, "announced resource is missing");
			}
			try (InputStream in = entry.openStream()) {
				URI uri = URI.createPlatformPluginURI(displayName, true);
				Catalog catalog = CatalogFiles.loadCatalog(in, uri, displayName);
				return new ModelDocument(catalog, (LineTrackingXMIResource) catalog.eResource(), uri, null, displayName, true);
			} catch (IOException e) {
				throw new CatalogLoadException(displayName, 0, null, "cannot be read: " + e.getMessage());
			}
		}
		// a computed contribution: a private copy of what the registry holds, so the shared model is never touched
		List<ContributedCatalog> catalogs = registry == null ? List.of() : registry.getCatalogs();
		Catalog contributed = catalogs.stream().filter(c -> c.getOrigin().equals(input.getOrigin()))
				.filter(c -> input.getAreaId() == null || c.getCatalog().getAreas().stream().anyMatch(a -> input.getAreaId().equals(a.getId())))
				.map(ContributedCatalog::getCatalog).findFirst()
				.orElseThrow(() -> new CatalogLoadException(name, 0, null, "no running bundle or service contributes this area"));
		Catalog copy = EcoreUtil.copy(contributed);
		return new ModelDocument(copy, null, URI.createURI("builtin:/" + URI.encodeSegment(name, false)), null, name, true);
	}

	private static Optional<String> announcedResource(Bundle bundle, String areaId) {
		BundleRevision revision = bundle.adapt(BundleRevision.class);
		if (revision == null) {
			return Optional.empty();
		}
		for (BundleCapability capability : revision.getDeclaredCapabilities(CATALOG_NAMESPACE)) {
			Object area = capability.getAttributes().get("area");
			Object resource = capability.getAttributes().get("resource");
			if (resource != null && (areaId == null || areaId.equals(String.valueOf(area)))) {
				return Optional.of(resource.toString());
			}
		}
		return Optional.empty();
	}

	public EObject getRoot() {
		return root;
	}

	public EditorResource getResource() {
		return resource;
	}

	/** The file on disk, or {@code null} for a built-in catalog. */
	public Path getFile() {
		return file;
	}

	/** The file path, or bundle and resource, as problems and errors name it. */
	public String getDisplayName() {
		return displayName;
	}

	public boolean isReadOnly() {
		return readOnly;
	}

	public boolean changedOnDisk() {
		return file != null && stamp != null && stamp.changedOnDisk(file);
	}

	/** What the file on disk looks like now (for "warn once per change"). */
	FileStamp diskStamp() {
		return file == null ? null : FileStamp.of(file);
	}

	/** Writes the model through a temporary file in the same folder and an atomic move. */
	public void save() throws IOException {
		if (file == null) {
			throw new IOException(displayName + " is built in and read-only");
		}
		CatalogFiles.save(root, file);
		stamp = FileStamp.of(file);
	}

	/** Accepts the file on disk as it is now, e.g. after the user chose to keep editing over a change on disk. */
	public void acceptDiskState() {
		if (file != null) {
			stamp = FileStamp.of(file);
		}
	}

	/** Re-reads the saved file for the lines of its objects, in tree order (slow: call it off the UI thread). */
	public static List<Integer> linesOfSavedFile(Path file, Kind kind) throws CatalogLoadException {
		EObject saved = kind == Kind.OVERLAY ? CatalogFiles.loadOverlay(file) : CatalogFiles.loadCatalog(file);
		return EditorResource.linesOf(saved, (LineTrackingXMIResource) saved.eResource());
	}
}
