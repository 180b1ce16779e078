package org.endpointatlas.ui.internal.views.areas;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.eclipse.jface.action.IToolBarManager;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.ui.part.ViewPart;
import org.endpointatlas.ui.EndpointAtlasUi;
import org.osgi.framework.FrameworkUtil;

/**
 * The Areas view: a tree of the contributed areas grouped by contributing bundle, above a table of the endpoints of
 * the selected areas (a bundle stands for all its areas). Read-only; Refresh recomputes from the running services.
 */
public class AreasView extends ViewPart {

	private TreeViewer areaTree;
	private TableViewer endpointTable;
	private CatalogLoader loader;

	@Override
	public void createPartControl(Composite parent) {
		SashForm sash = new SashForm(parent, SWT.VERTICAL);
		areaTree = createAreaTree(sash);
		endpointTable = createEndpointTable(sash);
		sash.setWeights(2, 3);
		setContentDescription("Loading areas...");

		loader = new CatalogLoader(FrameworkUtil.getBundle(AreasView.class).getBundleContext(), parent.getDisplay(), this::show);
		contributeActions(getViewSite().getActionBars().getToolBarManager());
		getSite().setSelectionProvider(areaTree);
		loader.open();
	}

	private static TreeViewer createAreaTree(Composite parent) {
		TreeViewer viewer = new TreeViewer(parent, SWT.MULTI | SWT.FULL_SELECTION | SWT.BORDER);
		viewer.getTree().setHeaderVisible(true);
		viewer.getTree().setData(EndpointAtlasUi.WIDGET_ID_KEY, EndpointAtlasUi.AREAS_TREE_WIDGET_ID);
		viewer.setContentProvider(new AreaTreeContentProvider());
		AreaTreeColumns.addTo(viewer);
		return viewer;
	}

	private TableViewer createEndpointTable(Composite parent) {
		TableViewer viewer = new TableViewer(parent, SWT.MULTI | SWT.FULL_SELECTION | SWT.BORDER);
		viewer.getTable().setHeaderVisible(true);
		viewer.getTable().setLinesVisible(true);
		viewer.getTable().setData(EndpointAtlasUi.WIDGET_ID_KEY, EndpointAtlasUi.ENDPOINTS_TABLE_WIDGET_ID);
		viewer.setContentProvider(ArrayContentProvider.getInstance());
		EndpointTableColumns.addTo(viewer);
		areaTree.addSelectionChangedListener(event -> viewer.setInput(SelectedEndpoints.of(areaTree.getStructuredSelection())));
		return viewer;
	}

	private void contributeActions(IToolBarManager toolBar) {
		toolBar.add(new RefreshAction(loader));
		toolBar.add(new ShowRetiredAction(loader));
	}

	/** Shows a new snapshot and keeps the selection of the nodes that still exist, or selects the first area. */
	private void show(CatalogSnapshot snapshot) {
		if (areaTree.getControl().isDisposed()) {
			return;
		}
		Set<String> selectedKeys = keysOf(areaTree.getStructuredSelection());
		areaTree.setInput(snapshot);
		areaTree.expandAll();
		List<Object> reselected = nodesOf(snapshot).filter(node -> selectedKeys.contains(keyOf(node))).collect(Collectors.toList());
		if (reselected.isEmpty()) {
			// open on something useful: the first area's endpoints rather than an empty table
			nodesOf(snapshot).filter(AreaNode.class::isInstance).findFirst().ifPresent(reselected::add);
		}
		areaTree.setSelection(new StructuredSelection(reselected), true);
		endpointTable.setInput(SelectedEndpoints.of(areaTree.getStructuredSelection()));
		setContentDescription(snapshot.getSummary());
	}

	private static Stream<Object> nodesOf(CatalogSnapshot snapshot) {
		return snapshot.getContributors().stream().flatMap(c -> Stream.concat(Stream.of(c), c.getAreas().stream()));
	}

	private static Set<String> keysOf(IStructuredSelection selection) {
		return ((List<?>) selection.toList()).stream().map(AreasView::keyOf).collect(Collectors.toSet());
	}

	private static String keyOf(Object node) {
		if (node instanceof ContributorNode) {
			return "contributor:" + ((ContributorNode) node).getKey();
		}
		return node instanceof AreaNode ? "area:" + ((AreaNode) node).getKey() : "";
	}

	@Override
	public void setFocus() {
		areaTree.getControl().setFocus();
	}

	@Override
	public void dispose() {
		if (loader != null) {
			loader.close();
		}
		super.dispose();
	}
}
