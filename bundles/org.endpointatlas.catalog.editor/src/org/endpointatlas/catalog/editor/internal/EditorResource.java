package org.endpointatlas.catalog.editor.internal;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.WeakHashMap;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.endpointatlas.core.io.LineTrackingXMIResource;

/**
 * The resource an editor's model lives in. It knows the line of every object in the file as last loaded or saved, so
 * the linter and the composer name {@code file:line} for the file on disk; objects created since have no line.
 */
public final class EditorResource extends LineTrackingXMIResource {

	private final Map<EObject, Integer> lines = new WeakHashMap<>();

	public EditorResource(URI uri) {
		super(uri);
	}

	@Override
	public int lineOf(EObject object) {
		Integer line = lines.get(object);
		return line == null ? 0 : line;
	}

	/** Moves {@code root}, as loaded into {@code loadedFrom}, into this resource, keeping the line of every object. */
	public void adopt(EObject root, LineTrackingXMIResource loadedFrom) {
		for (EObject object : withContents(root)) {
			int line = loadedFrom == null ? 0 : loadedFrom.lineOf(object);
			if (line > 0) {
				lines.put(object, line);
			}
		}
		getContents().add(root);
	}

	/** Sets the lines of {@code root} and its contents, in tree order, e.g. from a re-read of the saved file. */
	public void setLines(EObject root, List<Integer> linesInTreeOrder) {
		List<EObject> objects = withContents(root);
		if (objects.size() != linesInTreeOrder.size()) {
			return;
		}
		lines.clear();
		for (int i = 0; i < objects.size(); i++) {
			lines.put(objects.get(i), linesInTreeOrder.get(i));
		}
	}

	/** Copies the lines of {@code original}'s tree to {@code copy}'s (a copy made with {@code EcoreUtil.copy}). */
	public void copyLines(EObject original, EditorResource from, EObject copy) {
		List<EObject> originals = withContents(original);
		List<EObject> copies = withContents(copy);
		for (int i = 0; i < Math.min(originals.size(), copies.size()); i++) {
			int line = from.lineOf(originals.get(i));
			if (line > 0) {
				lines.put(copies.get(i), line);
			}
		}
	}

	/** The object and everything it contains, in tree order. */
	public static List<EObject> withContents(EObject root) {
		List<EObject> objects = new ArrayList<>();
		objects.add(root);
		for (Iterator<EObject> contents = root.eAllContents(); contents.hasNext();) {
			objects.add(contents.next());
		}
		return objects;
	}

	/** The lines of a loaded tree, in tree order. */
	public static List<Integer> linesOf(EObject root, LineTrackingXMIResource resource) {
		List<Integer> result = new ArrayList<>();
		for (EObject object : withContents(root)) {
			result.add(resource.lineOf(object));
		}
		return result;
	}
}
