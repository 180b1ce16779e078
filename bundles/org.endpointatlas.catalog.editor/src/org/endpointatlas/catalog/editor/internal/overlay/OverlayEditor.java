package org.endpointatlas.catalog.editor.internal.overlay;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.viewers.StructuredViewer;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.widgets.Composite;
import org.endpointatlas.catalog.editor.CatalogEditors;
import org.endpointatlas.catalog.editor.internal.Debounce;
import org.endpointatlas.catalog.editor.internal.EditorResource;
import org.endpointatlas.catalog.editor.internal.ModelDocument;
import org.endpointatlas.catalog.editor.internal.ModelEditor;
import org.endpointatlas.catalog.editor.internal.ModelLabels;
import org.endpointatlas.catalog.editor.internal.ProblemsList;
import org.endpointatlas.catalog.editor.internal.Validation;
import org.endpointatlas.catalog.editor.internal.bridge.LazyItemProviderContentProvider;
import org.endpointatlas.catalog.editor.internal.bridge.ModelTreeViewer;
import org.endpointatlas.catalog.model.Overlay;
import org.endpointatlas.core.lint.LintService;
import org.endpointatlas.core.lint.Problem;

/**
 * The overlay editor: the overlay's operations as a tree (edited with the Properties view and the context menu), and
 * beside them the effective catalog that the composer computes with the overlay, for a cloud and parameter values
 * picked live. Problems are the lint findings and what stops the overlay from applying (a conflict, a match that
 * finds nothing), with file and line.
 */
public class OverlayEditor extends ModelEditor {

	private static final int RECOMPUTE_DELAY_MS = 300;

	private final Validation validation = new Validation();
	private ModelTreeViewer tree;
	private ProblemsList problems;
	private EffectivePane effective;
	private EffectiveComputation computation;
	private long generation;
	private final Debounce recomputeSoon = new Debounce(RECOMPUTE_DELAY_MS, this::recompute);
	private EffectiveComputation.Result lastResult;
	private List<Problem> lintProblems = List.of();
	private List<Problem> composeProblems = List.of();
	private String pendingReveal;

	@Override
	protected ModelDocument.Kind kind() {
		return ModelDocument.Kind.OVERLAY;
	}

	@Override
	protected void createContent(Composite parent) {
		SashForm sides = new SashForm(parent, SWT.HORIZONTAL);
		SashForm left = new SashForm(sides, SWT.VERTICAL);
		tree = new ModelTreeViewer(left, SWT.MULTI | SWT.BORDER | SWT.FULL_SELECTION, new ModelLabels(adapterFactory, validation));
		tree.getTree().setData(CatalogEditors.WIDGET_ID_KEY, CatalogEditors.TREE_WIDGET_ID);
		tree.setContentProvider(new LazyItemProviderContentProvider(adapterFactory));
		problems = new ProblemsList(left, this::reveal);
		left.setWeights(3, 1);
		Overlay overlay = (Overlay) getDocument().getRoot();
		effective = new EffectivePane(sides, overlay.getCloud(), this::recompute, this::revealOperations);
		sides.setWeights(1, 2);
		computation = new EffectiveComputation(services, parent.getDisplay(), this::computed);
		show();
		recompute();
	}

	private void show() {
		tree.setInput(getDocument().getResource());
		tree.changeRows(() -> tree.expandToLevel(getDocument().getRoot(), 2));
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
			recomputeSoon.request();
		}
	}

	/** Hands a snapshot of the overlay and the choices to the job; the UI thread never composes. */
	public void recompute() {
		if (tree == null || tree.getControl().isDisposed()) {
			return;
		}
		ModelDocument document = getDocument();
		Overlay original = (Overlay) document.getRoot();
		EcoreUtil.Copier copier = new EcoreUtil.Copier();
		Overlay copy = (Overlay) copier.copy(original);
		copier.copyReferences();
		EditorResource snapshot = new EditorResource(document.getResource().getURI());
		snapshot.getContents().add(copy);
		snapshot.copyLines(original, document.getResource(), copy);
		Map<EObject, EObject> copyToOriginal = new HashMap<>();
		copier.forEach((from, to) -> copyToOriginal.put(to, from));
		effective.computing();
		computation.request(new EffectiveComputation.Request(copy, document.getDisplayName(), effective.getCloud(), effective.getParams(),
				copyToOriginal, ++generation));
		lint();
	}

	private void computed(EffectiveComputation.Result result) {
		if (tree == null || tree.getControl().isDisposed() || result.request.generation != generation) {
			return;
		}
		lastResult = result;
		effective.show(result);
		if (pendingReveal != null && effective.select(pendingReveal)) {
			pendingReveal = null;
		}
		composeProblems = result.problems;
		showProblems();
	}

	/** Lint findings (the linter checks catalogs; overlays get the composer's checks below). */
	private void lint() {
		LintService lint = services.get(LintService.class);
		lintProblems = lint == null ? List.of() : lint.lint(getDocument().getRoot(), getDocument().getDisplayName());
		showProblems();
	}

	private void showProblems() {
		List<Problem> all = new ArrayList<>(lintProblems);
		all.addAll(composeProblems);
		ModelDocument document = getDocument();
		java.util.Set<Object> changed = validation.update(all, document.getResource(), document.getRoot());
		if (!changed.isEmpty()) {
			tree.update(changed.toArray(), null);
		}
		problems.show(all, isDirty() ? "lines refer to the file as last saved" : null);
	}

	private void reveal(Problem problem) {
		EObject object = validation.objectOf(problem);
		if (object != null) {
			tree.setSelection(new StructuredSelection(object), true);
		}
	}

	/** Selects in the tree the operations that made a row what it is. */
	private void revealOperations(EffectiveRow row) {
		if (lastResult == null) {
			return;
		}
		List<EObject> originals = row.getOperations().stream().map(lastResult.request.copyToOriginal::get).filter(Objects::nonNull).toList();
		if (!originals.isEmpty()) {
			tree.setSelection(new StructuredSelection(originals), true);
			tree.getControl().setFocus();
		}
	}

	/** Selects the effective catalog's row with this pattern, now or when the computation running has finished. */
	public void revealRow(String pattern) {
		if (isComputing() || !effective.select(pattern)) {
			pendingReveal = pattern;
		}
	}

	public TreeViewer getTreeViewer() {
		return tree;
	}

	/** The rows of the last computation (all, whatever the "only changes" filter shows). */
	public List<EffectiveRow> getEffectiveRows() {
		return effective == null ? List.of() : effective.getRows();
	}

	/** Whether a computation is queued or running. */
	public boolean isComputing() {
		return computation != null && (computation.isRunning() || lastResult == null || lastResult.request.generation != generation);
	}

	@Override
	public void dispose() {
		if (computation != null) {
			computation.close();
		}
		super.dispose();
	}
}
