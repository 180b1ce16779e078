package org.endpointatlas.ui.tests;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

import org.eclipse.jface.action.ActionContributionItem;
import org.eclipse.jface.action.IToolBarManager;
import org.eclipse.jface.action.ToolBarManager;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.ToolBar;
import org.eclipse.swt.widgets.ToolItem;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeItem;
import org.eclipse.ui.IViewPart;
import org.endpointatlas.ui.EndpointAtlasUi;

/**
 * Finds widgets by their widget id, reads their texts, selects tree items the way a mouse click does, and presses the
 * tool items of a view's toolbar.
 */
final class Widgets {

	private Widgets() {
	}

	static <T extends Control> T find(Class<T> type, String widgetId) {
		List<Control> found = new ArrayList<>();
		for (Shell shell : Display.getCurrent().getShells()) {
			collect(shell, widgetId, found);
		}
		if (found.size() != 1 || !type.isInstance(found.get(0))) {
			throw new AssertionError("expected one " + type.getSimpleName() + " with widget id " + widgetId + ", found " + found);
		}
		return type.cast(found.get(0));
	}

	private static void collect(Control control, String widgetId, List<Control> found) {
		if (control.isDisposed()) {
			return;
		}
		if (widgetId.equals(control.getData(EndpointAtlasUi.WIDGET_ID_KEY))) {
			found.add(control);
		}
		if (control instanceof Composite) {
			for (Control child : ((Composite) control).getChildren()) {
				collect(child, widgetId, found);
			}
		}
	}

	/** The area tree's items below the contributor items, in display order. */
	static List<TreeItem> areaItems(Tree tree) {
		return Arrays.stream(tree.getItems()).flatMap(item -> Arrays.stream(item.getItems())).collect(Collectors.toList());
	}

	static List<String> column(List<TreeItem> items, int column) {
		return items.stream().map(item -> item.getText(column)).collect(Collectors.toList());
	}

	static List<String> column(Table table, int column) {
		return Arrays.stream(table.getItems()).map(item -> item.getText(column)).collect(Collectors.toList());
	}

	static String describe(Tree tree) {
		if (tree.isDisposed()) {
			return "(disposed)";
		}
		StringBuilder text = new StringBuilder();
		for (TreeItem contributor : tree.getItems()) {
			text.append(contributor.getText(0)).append(' ').append(column(Arrays.asList(contributor.getItems()), 1)).append("; ");
		}
		return text.length() == 0 ? "(empty tree)" : text.toString();
	}

	static String describe(Table table) {
		return table.getItemCount() + " rows " + column(table, 0);
	}

	static TreeItem findItem(Tree tree, int column, String text) {
		for (TreeItem contributor : tree.getItems()) {
			if (text.equals(contributor.getText(column))) {
				return contributor;
			}
			for (TreeItem area : contributor.getItems()) {
				if (text.equals(area.getText(column))) {
					return area;
				}
			}
		}
		throw new AssertionError("no tree item with \"" + text + "\" in column " + column + ": " + describe(tree));
	}

	/** Selects the items and sends the selection event that a click sends, so that viewers react. */
	static void select(Tree tree, TreeItem... items) {
		tree.setSelection(items);
		Event event = new Event();
		event.item = items[0];
		tree.notifyListeners(SWT.Selection, event);
		UiWait.flush();
	}

	/** The tool item that shows the action {@code actionId} in a view's toolbar: the real widget, not the action. */
	static ToolItem toolItem(IViewPart view, String actionId) {
		IToolBarManager manager = view.getViewSite().getActionBars().getToolBarManager();
		ToolBar toolBar = manager instanceof ToolBarManager ? ((ToolBarManager) manager).getControl() : null;
		if (toolBar == null || toolBar.isDisposed()) {
			throw new AssertionError("the toolbar of " + view.getTitle() + " is not shown");
		}
		return Arrays.stream(toolBar.getItems())
				.filter(item -> item.getData() instanceof ActionContributionItem && actionId.equals(((ActionContributionItem) item.getData()).getId()))
				.findFirst().orElseThrow(() -> new AssertionError("no tool item for " + actionId + " in " + Arrays.toString(toolBar.getItems())));
	}

	/** Presses an enabled tool item as a click does: the Selection event that its contribution item listens to. */
	static void press(ToolItem item) {
		if (!item.isEnabled()) {
			throw new AssertionError("the tool item " + item.getText() + " (" + item.getToolTipText() + ") is disabled");
		}
		Event event = new Event();
		event.widget = item;
		item.notifyListeners(SWT.Selection, event);
		UiWait.flush();
	}

	static List<String> headers(Table table) {
		return Arrays.stream(table.getColumns()).map(c -> c.getText()).collect(Collectors.toList());
	}

	static List<String> row(TableItem item, int columns) {
		List<String> texts = new ArrayList<>();
		for (int i = 0; i < columns; i++) {
			texts.add(item.getText(i));
		}
		return texts;
	}
}
