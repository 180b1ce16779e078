package org.endpointatlas.ui.internal.views.areas;

import org.eclipse.jface.viewers.TreeViewer;
import org.endpointatlas.core.ContributedCatalog;

/**
 * The columns of the area tree: name (contributor, file or area), id (area id; the folder of "My catalogs"; a file's
 * load error), endpoint count.
 */
final class AreaTreeColumns {

	private AreaTreeColumns() {
	}

	static void addTo(TreeViewer viewer) {
		TextColumn.add(viewer, "Area", 320, AreaTreeColumns::name);
		TextColumn.add(viewer, "Id", 200, AreaTreeColumns::id);
		TextColumn.add(viewer, "Endpoints", 90, AreaTreeColumns::count);
	}

	private static String name(Object element) {
		if (element instanceof ContributorNode) {
			ContributorNode contributor = (ContributorNode) element;
			boolean bundle = contributor.getKind() == ContributedCatalog.Kind.BUNDLE;
			return bundle ? contributor.getOrigin() : contributor.getOrigin() + " (" + contributor.getKind().name().toLowerCase() + ")";
		}
		if (element instanceof UserCatalogsNode) {
			return UserCatalogsNode.LABEL;
		}
		if (element instanceof UserFileNode) {
			UserFileNode file = (UserFileNode) element;
			return file.getFile().getFileName() + (file.getProblem() == null ? "" : " (cannot be loaded)");
		}
		return element instanceof AreaNode ? ((AreaNode) element).getName() : null;
	}

	private static String id(Object element) {
		if (element instanceof UserCatalogsNode) {
			return ((UserCatalogsNode) element).getHome().toString();
		}
		if (element instanceof UserFileNode) {
			UserFileNode file = (UserFileNode) element;
			return file.getProblem() != null ? file.getProblem() : file.getKind().name().toLowerCase();
		}
		return element instanceof AreaNode ? ((AreaNode) element).getId() : null;
	}

	private static String count(Object element) {
		if (element instanceof ContributorNode) {
			return String.valueOf(((ContributorNode) element).getEndpointCount());
		}
		if (element instanceof UserCatalogsNode) {
			return String.valueOf(((UserCatalogsNode) element).getEndpointCount());
		}
		if (element instanceof UserFileNode) {
			return String.valueOf(((UserFileNode) element).getEndpointCount());
		}
		return element instanceof AreaNode ? String.valueOf(((AreaNode) element).getEndpointCount()) : null;
	}
}
