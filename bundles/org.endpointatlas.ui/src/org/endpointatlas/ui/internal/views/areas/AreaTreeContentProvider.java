package org.endpointatlas.ui.internal.views.areas;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.jface.viewers.ITreeContentProvider;

/**
 * "My catalogs" first (the user's files, each with its areas), then the contributors with their areas; the input is a
 * {@link CatalogSnapshot}.
 */
final class AreaTreeContentProvider implements ITreeContentProvider {

	@Override
	public Object[] getElements(Object input) {
		if (!(input instanceof CatalogSnapshot)) {
			return new Object[0];
		}
		CatalogSnapshot snapshot = (CatalogSnapshot) input;
		List<Object> elements = new ArrayList<>();
		if (snapshot.getUserCatalogs() != null) {
			elements.add(snapshot.getUserCatalogs());
		}
		elements.addAll(snapshot.getContributors());
		return elements.toArray();
	}

	@Override
	public Object[] getChildren(Object parent) {
		if (parent instanceof ContributorNode) {
			return ((ContributorNode) parent).getAreas().toArray();
		}
		if (parent instanceof UserCatalogsNode) {
			return ((UserCatalogsNode) parent).getFiles().toArray();
		}
		if (parent instanceof UserFileNode) {
			return ((UserFileNode) parent).getAreas().toArray();
		}
		return new Object[0];
	}

	@Override
	public Object getParent(Object element) {
		return null;
	}

	@Override
	public boolean hasChildren(Object element) {
		return getChildren(element).length > 0;
	}
}
