package org.endpointatlas.catalog.editor.internal;

import java.util.List;
import java.util.stream.Collectors;

import org.eclipse.emf.common.notify.AdapterFactory;
import org.eclipse.jface.resource.ImageDescriptor;
import org.eclipse.jface.viewers.DecorationOverlayIcon;
import org.eclipse.jface.viewers.IDecoration;
import org.eclipse.swt.graphics.Image;
import org.eclipse.ui.ISharedImages;
import org.eclipse.ui.PlatformUI;
import org.endpointatlas.catalog.editor.internal.bridge.ItemProviderLabelProvider;
import org.endpointatlas.catalog.model.Endpoint;
import org.endpointatlas.catalog.model.FeatureArea;
import org.endpointatlas.catalog.model.PortRange;
import org.endpointatlas.catalog.model.SourceRef;
import org.endpointatlas.core.lint.Problem;

/**
 * The editors' tree labels: the item providers' texts and icons, a few texts made more telling (ports, endpoints,
 * sources), and an error or warning overlay with the findings as tooltip.
 */
public final class ModelLabels extends ItemProviderLabelProvider {

	private final Validation validation;

	public ModelLabels(AdapterFactory adapterFactory, Validation validation) {
		super(adapterFactory);
		this.validation = validation;
	}

	@Override
	public String getText(Object element) {
		if (element instanceof PortRange) {
			return ports(List.of((PortRange) element));
		}
		if (element instanceof Endpoint) {
			Endpoint endpoint = (Endpoint) element;
			String location = (endpoint.getPattern() == null ? "(no pattern)" : endpoint.getPattern())
					+ (endpoint.getPathAndQuery() == null ? "" : endpoint.getPathAndQuery());
			String ports = endpoint.getPorts().isEmpty() ? "" : " " + ports(endpoint.getPorts());
			return location + "   " + endpoint.getScheme().getLiteral() + ports + (endpoint.isExample() ? "  (example)" : "");
		}
		if (element instanceof FeatureArea) {
			FeatureArea area = (FeatureArea) element;
			return "Area " + area.getId() + (area.getName() == null ? "" : ": " + area.getName()) + " (" + area.getEndpoints().size()
					+ " endpoints)";
		}
		if (element instanceof SourceRef) {
			SourceRef ref = (SourceRef) element;
			return "Source " + ref.getDocument() + (ref.getSection() == null ? "" : " \u00a7 " + ref.getSection());
		}
		return super.getText(element);
	}

	static String ports(List<PortRange> ports) {
		return ports.stream().map(p -> p.getTransport().getLiteral() + "/" + p.getFrom() + (p.getTo() > p.getFrom() ? "-" + p.getTo() : ""))
				.collect(Collectors.joining(", "));
	}

	@Override
	public Image getImage(Object element) {
		Problem.Severity severity = validation == null ? null : validation.severityOf(element);
		if (severity == null) {
			return super.getImage(element);
		}
		ImageDescriptor base = getImageDescriptor(element);
		if (base == null) {
			return super.getImage(element);
		}
		ISharedImages shared = PlatformUI.getWorkbench().getSharedImages();
		ImageDescriptor overlay = shared.getImageDescriptor(
				severity == Problem.Severity.ERROR ? ISharedImages.IMG_DEC_FIELD_ERROR : ISharedImages.IMG_DEC_FIELD_WARNING);
		return getResourceManager().create(new DecorationOverlayIcon(base, overlay, IDecoration.BOTTOM_LEFT));
	}

	@Override
	public String getToolTipText(Object element) {
		if (validation == null) {
			return null;
		}
		List<Problem> own = validation.problemsOf(element);
		if (!own.isEmpty()) {
			return own.stream().map(p -> p.getSeverity().name().toLowerCase() + ": " + p.getMessage()).collect(Collectors.joining("\n"));
		}
		Problem.Severity below = validation.severityOf(element);
		return below == null ? null : "Contains " + (below == Problem.Severity.ERROR ? "errors" : "warnings");
	}
}
