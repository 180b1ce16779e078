package org.endpointatlas.catalog.editor.internal.bridge;

import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.ColumnViewerToolTipSupport;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.jface.viewers.TreeViewerColumn;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.TreeColumn;

/**
 * A virtual tree viewer over item providers that stays fast with ten thousand rows: rows are created when shown
 * ({@link LazyItemProviderContentProvider}), the one column spares SWT from measuring every row for the scroll width,
 * and expanding many rows at once asks the native tree for its selection once instead of once per row.
 */
public class ModelTreeViewer extends TreeViewer {

	private static final int MIN_COLUMN_WIDTH = 600;

	public ModelTreeViewer(Composite parent, int style, ColumnLabelProvider labels) {
		super(parent, style | SWT.VIRTUAL);
		setUseHashlookup(true);
		TreeViewerColumn column = new TreeViewerColumn(this, SWT.LEFT);
		column.setLabelProvider(labels);
		TreeColumn treeColumn = column.getColumn();
		treeColumn.setWidth(MIN_COLUMN_WIDTH);
		getTree().setHeaderVisible(false);
		getTree().addListener(SWT.Resize, e -> treeColumn.setWidth(Math.max(MIN_COLUMN_WIDTH, getTree().getClientArea().width)));
		ColumnViewerToolTipSupport.enableFor(this);
	}

	/** Runs tree changes (expanding many rows) with the selection kept once around all of them. */
	public void changeRows(Runnable changes) {
		preservingSelection(changes);
	}
}
