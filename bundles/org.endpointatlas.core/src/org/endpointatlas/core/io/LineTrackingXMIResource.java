package org.endpointatlas.core.io;

import java.util.Map;
import java.util.WeakHashMap;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.xmi.XMLHelper;
import org.eclipse.emf.ecore.xmi.XMLLoad;
import org.eclipse.emf.ecore.xmi.impl.SAXXMIHandler;
import org.eclipse.emf.ecore.xmi.impl.XMILoadImpl;
import org.eclipse.emf.ecore.xmi.impl.XMIResourceImpl;
import org.xml.sax.helpers.DefaultHandler;

/** An XMI resource that remembers the line of the start tag of every object it loads, for error messages. */
public class LineTrackingXMIResource extends XMIResourceImpl {

	private final Map<EObject, Integer> lines = new WeakHashMap<>();

	public LineTrackingXMIResource(URI uri) {
		super(uri);
	}

	/** The 1-based line of the object's start tag, or 0 when it was not loaded from text. */
	public int lineOf(EObject object) {
		return lines.getOrDefault(object, 0);
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
				lines.put(object, locator.getLineNumber());
			}
			super.processObject(object);
		}
	}
}
