package org.endpointatlas.ui.internal.views.areas;

import java.nio.file.Path;
import java.util.Hashtable;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.eclipse.jface.action.Action;
import org.eclipse.jface.action.IToolBarManager;
import org.eclipse.jface.action.MenuManager;
import org.eclipse.jface.dialogs.ErrorDialog;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Listener;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.part.ViewPart;
import org.endpointatlas.catalog.editor.CatalogEditors;
import org.endpointatlas.core.CatalogRegistry;
import org.endpointatlas.core.ContributedCatalog;
import org.endpointatlas.core.EffectiveCatalog;
import org.endpointatlas.core.EffectiveEndpoint;
import org.endpointatlas.ui.EndpointAtlasUi;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.ServiceRegistration;
import org.osgi.service.event.EventConstants;
import org.osgi.service.event.EventHandler;

/**
 * The Areas view, the workbench's navigator: "My catalogs" (the catalog and overlay files of the user-catalog home)
 * and the built-in areas grouped by contributing bundle, above a table of the endpoints of the selected nodes (a
 * bundle or file stands for all its areas). Double-click opens an editor: built-in areas read-only, the user's files
 * editable. Refresh recomputes from the running services and the home folder; so does every save in the editors, and
 * every change of the registry's contributions (an area bundle started or stopped), once a burst of them has settled.
 */
public class AreasView extends ViewPart {

	private TreeViewer areaTree;
	private TableViewer endpointTable;
	private CatalogLoader loader;
	private List<ServiceRegistration<EventHandler>> eventHandlers = List.of();
	private boolean shownOnce;

	@Override
	public void createPartControl(Composite parent) {
		SashForm sash = new SashForm(parent, SWT.VERTICAL);
		areaTree = createAreaTree(sash);
		endpointTable = createEndpointTable(sash);
		sash.setWeights(2, 3);
		setContentDescription("Loading areas...");

		BundleContext context = FrameworkUtil.getBundle(AreasView.class).getBundleContext();
		loader = new CatalogLoader(context, parent.getDisplay(), this::show);
		contributeActions(getViewSite().getActionBars().getToolBarManager());
		getSite().setSelectionProvider(areaTree);
		areaTree.addOpenListener(event -> open((IStructuredSelection) event.getSelection()));
		createContextMenu();
		// the editors say when they wrote a file of the user-catalog home, the registry when bundles came or went
		// (Event Admin whiteboard)
		eventHandlers = List.of(handle(context, CatalogEditors.USER_CATALOGS_CHANGED_TOPIC, event -> loader.refresh()),
				handle(context, CatalogRegistry.CHANGED_TOPIC, event -> loader.refreshWhenSettled()));
		loader.open();
	}

	private static ServiceRegistration<EventHandler> handle(BundleContext context, String topic, EventHandler handler) {
		return context.registerService(EventHandler.class, handler, new Hashtable<>(Map.of(EventConstants.EVENT_TOPIC, topic)));
	}

	private void createContextMenu() {
		MenuManager menu = new MenuManager("#PopUp");
		Action open = new Action("&Open") {
			@Override
			public void run() {
				open(areaTree.getStructuredSelection());
			}
		};
		menu.add(open);
		menu.add(new RefreshAction(loader));
		areaTree.getControl().setMenu(menu.createContextMenu(areaTree.getControl()));
	}

	/**
	 * Opens the selected nodes: a built-in area (or bundle) read-only in the catalog editor, a file of "My catalogs" in
	 * the catalog or overlay editor, editable.
	 */
	void open(IStructuredSelection selection) {
		IWorkbenchPage page = getSite().getPage();
		for (Object node : selection.toList()) {
			try {
				if (node instanceof UserFileNode) {
					CatalogEditors.openFile(page, ((UserFileNode) node).getFile());
				} else if (node instanceof AreaNode) {
					AreaNode area = (AreaNode) node;
					if (area.getKind() == ContributedCatalog.Kind.FILE || area.getKind() == ContributedCatalog.Kind.OVERLAY) {
						CatalogEditors.openFile(page, Path.of(area.getOrigin()));
					} else {
						CatalogEditors.openBuiltIn(page, area.getOrigin(), area.getId());
					}
				} else if (node instanceof ContributorNode) {
					CatalogEditors.openBuiltIn(page, ((ContributorNode) node).getOrigin(), null);
				} else if (node instanceof UserCatalogsNode) {
					areaTree.setExpandedState(node, !areaTree.getExpandedState(node));
				}
			} catch (PartInitException e) {
				ErrorDialog.openError(getSite().getShell(), "Open", "Cannot open the editor", e.getStatus());
			}
		}
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
		boolean first = reselected.isEmpty();
		if (first) {
			// open on something useful: the first area's endpoints rather than an empty table
			nodesOf(snapshot).filter(AreaNode.class::isInstance).findFirst().ifPresent(reselected::add);
		}
		areaTree.setSelection(new StructuredSelection(reselected), true);
		if (first) {
			// and with the tree's top in sight ("My catalogs"), once the tree is laid out; GTK scrolls to the selected row
			// only when the tree first gets its size, so when the areas arrive before that, bring the top back after
			// the tree's next paint too
			Tree tree = areaTree.getTree();
			Runnable top = () -> {
				if (!tree.isDisposed() && tree.getItemCount() > 0) {
					tree.setTopItem(tree.getItem(0));
				}
			};
			tree.getDisplay().asyncExec(top);
			tree.addListener(SWT.Paint, new Listener() {
				@Override
				public void handleEvent(Event event) {
					tree.removeListener(SWT.Paint, this);
					tree.getDisplay().asyncExec(top);
				}
			});
		}
		endpointTable.setInput(SelectedEndpoints.of(areaTree.getStructuredSelection()));
		setContentDescription(snapshot.getSummary());
		if (!shownOnce && snapshot.getCatalog() != null && System.getProperty(EndpointAtlasUi.SCREENSHOT_AND_EXIT_PROPERTY) != null) {
			// for unattended runs (screenshots, the start-up benchmark): when the navigator has its content
			shownOnce = true;
			System.out.println("Endpoint Atlas areas shown: " + snapshot.getSummary());
		}
	}

	private static Stream<Object> nodesOf(CatalogSnapshot snapshot) {
		Stream<Object> contributors = snapshot.getContributors().stream().flatMap(c -> Stream.concat(Stream.of(c), c.getAreas().stream()));
		if (snapshot.getUserCatalogs() == null) {
			return contributors;
		}
		Stream<Object> mine = Stream.concat(Stream.of(snapshot.getUserCatalogs()), snapshot.getUserCatalogs().getFiles().stream()
				.flatMap(f -> Stream.concat(Stream.of(f), f.getAreas().stream())));
		return Stream.concat(mine, contributors);
	}

	private static Set<String> keysOf(IStructuredSelection selection) {
		return ((List<?>) selection.toList()).stream().map(AreasView::keyOf).collect(Collectors.toSet());
	}

	private static String keyOf(Object node) {
		if (node instanceof ContributorNode) {
			return "contributor:" + ((ContributorNode) node).getKey();
		}
		if (node instanceof UserFileNode) {
			return "file:" + ((UserFileNode) node).getKey();
		}
		if (node instanceof UserCatalogsNode) {
			return "mine";
		}
		return node instanceof AreaNode ? "area:" + ((AreaNode) node).getKey() : "";
	}

	/**
	 * The effective catalog restricted to the endpoints of the selected nodes, or to all endpoints when nothing is
	 * selected; {@code null} while the areas are loading. For the Probe view; call it on the UI thread.
	 */
	public EffectiveCatalog getSelectedCatalog() {
		Object input = areaTree == null || areaTree.getControl().isDisposed() ? null : areaTree.getInput();
		if (!(input instanceof CatalogSnapshot) || ((CatalogSnapshot) input).getCatalog() == null) {
			return null;
		}
		EffectiveCatalog all = ((CatalogSnapshot) input).getCatalog();
		List<EffectiveEndpoint> selected = SelectedEndpoints.of(areaTree.getStructuredSelection());
		if (selected.isEmpty()) {
			return all;
		}
		return new EffectiveCatalog(selected, all.getAreas(), all.getSources(), all.getRoles(), all.getVersion(), all.getWarnings(),
				all.getProblems());
	}

	/** Selects the areas with this id (as a click does); false when there is none. UI thread. */
	public boolean selectArea(String id) {
		Object input = areaTree == null || areaTree.getControl().isDisposed() ? null : areaTree.getInput();
		if (!(input instanceof CatalogSnapshot)) {
			return false;
		}
		List<Object> areas = nodesOf((CatalogSnapshot) input).filter(n -> n instanceof AreaNode && id.equals(((AreaNode) n).getId()))
				.collect(Collectors.toList());
		if (areas.isEmpty()) {
			return false;
		}
		areaTree.setSelection(new StructuredSelection(areas), true);
		return true;
	}

	/** The whole effective catalog shown, or {@code null} while the areas are loading. UI thread. */
	public EffectiveCatalog getAllCatalog() {
		Object input = areaTree == null || areaTree.getControl().isDisposed() ? null : areaTree.getInput();
		return input instanceof CatalogSnapshot ? ((CatalogSnapshot) input).getCatalog() : null;
	}

	@Override
	public void setFocus() {
		areaTree.getControl().setFocus();
	}

	@Override
	public void dispose() {
		eventHandlers.forEach(ServiceRegistration::unregister);
		eventHandlers = List.of();
		if (loader != null) {
			loader.close();
		}
		super.dispose();
	}
}
