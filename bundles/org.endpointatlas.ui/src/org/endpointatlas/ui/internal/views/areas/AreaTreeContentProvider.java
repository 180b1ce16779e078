package org.endpointatlas.ui.internal.views.areas;

import org.eclipse.jface.viewers.ITreeContentProvider;

/** Contributors at the top, their areas below; the input is a {@link CatalogSnapshot}. */
final class AreaTreeContentProvider implements ITreeContentProvider {

	@Override
	public Object[] getElements(Object input) {
		return input instanceof CatalogSnapshot ? ((CatalogSnapshot) input).getContributors().toArray() : new Object[0];
	}

	@Override
	public Object[] getChildren(Object parent) {
		return parent instanceof ContributorNode ? ((ContributorNode) parent).getAreas().toArray() : new Object[0];
	}

	@Override
	public Object getParent(Object element) {
		return null;
	}

	@Override
	public boolean hasChildren(Object element) {
		return element instanceof ContributorNode && !((ContributorNode) element).getAreas().isEmpty();
	}
}
