package org.endpointatlas.core.io;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.xmi.XMLHelper;
import org.eclipse.emf.ecore.xmi.XMLLoad;
import org.eclipse.emf.ecore.xmi.impl.SAXXMIHandler;
import org.eclipse.emf.ecore.xmi.impl.XMILoadImpl;
import org.eclipse.emf.ecore.xmi.impl.XMIResourceImpl;
import org.xml.sax.helpers.DefaultHandler;

/**
 * An XMI resource that remembers the line of the start tag of every object it loads, for error messages. Loading only
 * appends to two arrays; the lookup table is built on the first question, which most loads never ask.
 */
public class LineTrackingXMIResource extends XMIResourceImpl {

	private final List<EObject> loaded = new ArrayList<>();
	private int[] loadedLines = new int[64];
	private Map<EObject, Integer> lines;
	private int indexed;

	public LineTrackingXMIResource(URI uri) {
		super(uri);
	}

	/** The 1-based line of the object's start tag, or 0 when it was not loaded from text. */
	public int lineOf(EObject object) {
		if (lines == null) {
			lines = new IdentityHashMap<>(loaded.size());
		}
		for (; indexed < loaded.size(); indexed++) {
			lines.put(loaded.get(indexed), loadedLines[indexed]);
		}
		return lines.getOrDefault(object, 0);
	}

	/**
	 * Catalog models have no ID attributes and catalog files no {@code xmi:id}, so attaching an object registers nothing:
	 * without this, every object added while loading would walk its contents to look for IDs.
	 */
	@Override
	protected boolean useIDs() {
		return false;
	}

	@Override
	protected XMLLoad createXMLLoad() {
		return new XMILoadImpl(createXMLHelper()) {
			@Override
			protected DefaultHandler makeDefaultHandler() {
				return new LineRecordingHandler(resource, helper, options);
			}
		};
	}

	private final class LineRecordingHandler extends SAXXMIHandler {

		LineRecordingHandler(org.eclipse.emf.ecore.xmi.XMLResource resource, XMLHelper helper, Map<?, ?> options) {
			super(resource, helper, options);
		}

		@Override
		protected void processObject(EObject object) {
			if (object != null && locator != null) {
				if (loaded.size() == loadedLines.length) {
					loadedLines = Arrays.copyOf(loadedLines, loadedLines.length * 2);
				}
				loadedLines[loaded.size()] = locator.getLineNumber();
				loaded.add(object);
			}
			super.processObject(object);
		}
	}
}
