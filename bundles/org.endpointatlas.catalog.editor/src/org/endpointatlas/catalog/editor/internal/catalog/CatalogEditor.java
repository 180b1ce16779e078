package org.endpointatlas.catalog.editor.internal.catalog;

import java.util.List;
import java.util.Set;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.viewers.StructuredViewer;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.widgets.Composite;
import org.endpointatlas.catalog.editor.CatalogEditors;
import org.endpointatlas.catalog.editor.internal.Debounce;
import org.endpointatlas.catalog.editor.internal.ModelDocument;
import org.endpointatlas.catalog.editor.internal.ModelEditor;
import org.endpointatlas.catalog.editor.internal.ModelLabels;
import org.endpointatlas.catalog.editor.internal.ProblemsList;
import org.endpointatlas.catalog.editor.internal.Validation;
import org.endpointatlas.catalog.editor.internal.bridge.LazyItemProviderContentProvider;
import org.endpointatlas.catalog.editor.internal.bridge.ModelTreeViewer;
import org.endpointatlas.catalog.model.Catalog;
import org.endpointatlas.catalog.model.FeatureArea;
import org.endpointatlas.core.lint.LintService;
import org.endpointatlas.core.lint.Problem;

/**
 * The catalog editor: the tree of a catalog's areas and endpoints (and its sources, roles, parameters, policies), the
 * Properties view for the selected object, and the lint service's findings as tree decorations and in a list below.
 */
public class CatalogEditor extends ModelEditor {

	/** Validation runs this long after the last change, so typing does not lint on every keystroke. */
	private static final int LINT_DELAY_MS = 300;
	private static final int LINT_RETRY_MS = 500;
	/** Up to this many endpoints, the editor opens with every area expanded. */
	static final int EXPAND_LIMIT = 5000;

	private final Validation validation = new Validation();
	private ModelTreeViewer tree;
	private ProblemsList problems;
	private final Debounce lintSoon = new Debounce(LINT_DELAY_MS, this::lint);
	private final Debounce lintRetry = new Debounce(LINT_RETRY_MS, this::lint);
	private long lastLintMillis = -1;
	private long showMillis = -1;

	@Override
	protected ModelDocument.Kind kind() {
		return ModelDocument.Kind.CATALOG;
	}

	@Override
	protected void createContent(Composite parent) {
		SashForm sash = new SashForm(parent, SWT.VERTICAL);
		tree = new ModelTreeViewer(sash, SWT.MULTI | SWT.BORDER | SWT.FULL_SELECTION, new ModelLabels(adapterFactory, validation));
		tree.getTree().setData(CatalogEditors.WIDGET_ID_KEY, CatalogEditors.TREE_WIDGET_ID);
		tree.setContentProvider(new LazyItemProviderContentProvider(adapterFactory));
		problems = new ProblemsList(sash, this::reveal);
		sash.setWeights(3, 1);
		long start = System.nanoTime();
		show();
		showMillis = (System.nanoTime() - start) / 1_000_000;
		lint();
	}

	private void show() {
		tree.setInput(getDocument().getResource());
		Catalog catalog = (Catalog) getDocument().getRoot();
		int endpoints = catalog.getAreas().stream().mapToInt(a -> a.getEndpoints().size()).sum();
		if (endpoints <= EXPAND_LIMIT) {
			expandAreas();
		} else {
			// a large catalog opens on its areas; each expands in a few tens of milliseconds
			tree.changeRows(() -> tree.expandToLevel(catalog, 1));
		}
	}

	/** Shows the endpoints of every area. */
	public void expandAreas() {
		Catalog catalog = (Catalog) getDocument().getRoot();
		tree.changeRows(() -> {
			tree.expandToLevel(catalog, 1);
			for (FeatureArea area : catalog.getAreas()) {
				tree.setExpandedState(area, true);
			}
		});
	}

	@Override
	protected void documentReplaced() {
		show();
	}

	@Override
	protected StructuredViewer getMainViewer() {
		return tree;
	}

	@Override
	protected void modelChanged() {
		if (tree != null) {
			lintSoon.request();
		}
	}

	/**
	 * Lints the model as it is now, on the UI thread: the linter reads the live model (a 10,000-endpoint catalog takes
	 * 50 to 150 ms, and edits are debounced).
	 */
	public void lint() {
		if (tree == null || tree.getControl().isDisposed()) {
			return;
		}
		LintService lint = services.get(LintService.class);
		if (lint == null) {
			problems.showStatus("Problems: waiting for the validation service...");
			lintRetry.request();
			return;
		}
		long start = System.nanoTime();
		ModelDocument document = getDocument();
		List<Problem> found = lint.lint(document.getRoot(), document.getDisplayName());
		Set<Object> changed = validation.update(found, document.getResource(), document.getRoot());
		if (!changed.isEmpty()) {
			tree.update(changed.toArray(), null);
		}
		problems.show(found, isDirty() ? "lines refer to the file as last saved" : null);
		lastLintMillis = (System.nanoTime() - start) / 1_000_000;
	}

	private void reveal(Problem problem) {
		EObject object = validation.objectOf(problem);
		if (object != null) {
			tree.setSelection(new StructuredSelection(object), true);
			tree.getControl().setFocus();
		}
	}

	public Validation getValidation() {
		return validation;
	}

	public TreeViewer getTreeViewer() {
		return tree;
	}

	/** How long showing the model in the tree took when the editor opened, in milliseconds. */
	public long getShowMillis() {
		return showMillis;
	}

	/** How long the last validation took, in milliseconds (for the performance note). */
	public long getLastLintMillis() {
		return lastLintMillis;
	}
}
