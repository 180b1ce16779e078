package org.endpointatlas.catalog.editor.internal.overlay;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.ColumnViewerToolTipSupport;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.jface.window.ToolTip;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Group;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.endpointatlas.catalog.editor.CatalogEditors;
import org.endpointatlas.catalog.model.Cloud;

/**
 * The right half of the overlay editor: the cloud and parameter values, picked live, and the effective catalog with
 * the overlay, each row marked and with its provenance on hover. It only shows; {@link EffectiveComputation} computes.
 */
final class EffectivePane {

	/** Parameter typing settles for this long before a recomputation. */
	private static final int TYPING_DELAY_MS = 400;

	private final Composite area;
	private final Combo cloud;
	private final Button onlyChanges;
	private final Label status;
	private final Group parameters;
	private final TableViewer table;
	private final Text details;
	private final Map<String, Control> fields = new LinkedHashMap<>();
	private final Runnable changed;
	private List<ParameterInfo> shownParameters = List.of();
	private List<EffectiveRow> rows = List.of();
	private int typingGeneration;

	EffectivePane(Composite parent, Cloud initialCloud, Runnable changed, Consumer<EffectiveRow> open) {
		this.changed = changed;
		area = new Composite(parent, SWT.NONE);
		GridLayoutFactory.fillDefaults().numColumns(4).margins(4, 2).applyTo(area);

		Label title = new Label(area, SWT.NONE);
		title.setText("Effective catalog with this overlay");
		title.setFont(org.eclipse.jface.resource.JFaceResources.getBannerFont());
		GridDataFactory.fillDefaults().span(4, 1).applyTo(title);

		new Label(area, SWT.NONE).setText("Cloud:");
		cloud = new Combo(area, SWT.READ_ONLY | SWT.DROP_DOWN);
		cloud.setData(CatalogEditors.WIDGET_ID_KEY, CatalogEditors.CLOUD_COMBO_WIDGET_ID);
		Cloud.VALUES.forEach(c -> cloud.add(c.getLiteral()));
		cloud.select(Cloud.VALUES.indexOf(initialCloud == null ? Cloud.PUBLIC : initialCloud));
		cloud.addListener(SWT.Selection, e -> changed.run());
		onlyChanges = new Button(area, SWT.CHECK);
		onlyChanges.setText("Only what the overlay changes");
		onlyChanges.setData(CatalogEditors.WIDGET_ID_KEY, CatalogEditors.ONLY_CHANGES_WIDGET_ID);
		onlyChanges.addListener(SWT.Selection, e -> showRows());
		GridDataFactory.fillDefaults().span(2, 1).grab(true, false).applyTo(onlyChanges);

		parameters = new Group(area, SWT.NONE);
		parameters.setText("Parameters");
		GridLayoutFactory.swtDefaults().numColumns(4).margins(4, 2).applyTo(parameters);
		GridDataFactory.fillDefaults().span(4, 1).grab(true, false).applyTo(parameters);
		new Label(parameters, SWT.NONE).setText("(computing...)");

		status = new Label(area, SWT.WRAP);
		status.setData(CatalogEditors.WIDGET_ID_KEY, CatalogEditors.EFFECTIVE_STATUS_WIDGET_ID);
		status.setText("Computing...");
		GridDataFactory.fillDefaults().span(4, 1).grab(true, false).hint(200, SWT.DEFAULT).applyTo(status);

		SashForm split = new SashForm(area, SWT.VERTICAL);
		GridDataFactory.fillDefaults().span(4, 1).grab(true, true).applyTo(split);
		table = new TableViewer(split, SWT.MULTI | SWT.FULL_SELECTION | SWT.BORDER | SWT.VIRTUAL);
		table.getTable().setData(CatalogEditors.WIDGET_ID_KEY, CatalogEditors.EFFECTIVE_TABLE_WIDGET_ID);
		table.getTable().setHeaderVisible(true);
		table.getTable().setLinesVisible(true);
		table.setUseHashlookup(true);
		table.setContentProvider(ArrayContentProvider.getInstance());
		column("Change", 110, EffectiveRow::getMark);
		column("Pattern", 300, EffectiveRow::getPattern);
		column("Scheme", 60, EffectiveRow::getScheme);
		column("Ports", 110, EffectiveRow::getPorts);
		column("Areas", 180, EffectiveRow::getAreas);
		column("What changed", 360, EffectiveRow::getChange);
		ColumnViewerToolTipSupport.enableFor(table, ToolTip.NO_RECREATE);
		table.addDoubleClickListener(e -> {
			Object row = table.getStructuredSelection().getFirstElement();
			if (row instanceof EffectiveRow) {
				open.accept((EffectiveRow) row);
			}
		});
		details = new Text(split, SWT.MULTI | SWT.READ_ONLY | SWT.WRAP | SWT.V_SCROLL | SWT.BORDER);
		details.setData(CatalogEditors.WIDGET_ID_KEY, CatalogEditors.PROVENANCE_WIDGET_ID);
		details.setText("Select a row for its provenance: the areas, documents and overlay steps that bring it in.");
		table.addSelectionChangedListener(e -> {
			Object row = table.getStructuredSelection().getFirstElement();
			if (row instanceof EffectiveRow) {
				details.setText(((EffectiveRow) row).getProvenance());
			}
		});
		split.setWeights(2, 1);
	}

	private void column(String title, int width, Function<EffectiveRow, String> text) {
		TableViewerColumn column = new TableViewerColumn(table, SWT.LEFT);
		column.getColumn().setText(title);
		column.getColumn().setWidth(width);
		column.setLabelProvider(new ColumnLabelProvider() {
			@Override
			public String getText(Object element) {
				String value = text.apply((EffectiveRow) element);
				return value == null ? "" : value;
			}

			@Override
			public Color getForeground(Object element) {
				return colorOf(((EffectiveRow) element).getKind());
			}

			@Override
			public String getToolTipText(Object element) {
				return ((EffectiveRow) element).getProvenance();
			}

			@Override
			public int getToolTipDisplayDelayTime(Object object) {
				return 300;
			}
		});
	}

	private Color colorOf(RowKind kind) {
		int color;
		switch (kind) {
		case ADDED:
			color = SWT.COLOR_DARK_GREEN;
			break;
		case REPLACED:
			color = SWT.COLOR_DARK_BLUE;
			break;
		case PATCHED:
			color = SWT.COLOR_DARK_CYAN;
			break;
		case REMOVED:
			color = SWT.COLOR_DARK_RED;
			break;
		case NOT_DOCUMENTED:
			color = SWT.COLOR_DARK_YELLOW;
			break;
		case PARAMETERISED:
			color = SWT.COLOR_DARK_MAGENTA;
			break;
		default:
			return null;
		}
		return area.getDisplay().getSystemColor(color);
	}

	Composite getControl() {
		return area;
	}

	TableViewer getViewer() {
		return table;
	}

	Cloud getCloud() {
		return Cloud.get(cloud.getText());
	}

	/** The parameter values typed or picked (blank fields are not set). */
	Map<String, String> getParams() {
		Map<String, String> values = new LinkedHashMap<>();
		fields.forEach((name, field) -> {
			String value = field instanceof Text ? ((Text) field).getText() : ((Combo) field).getText();
			if (!value.isBlank()) {
				values.put(name, value.trim());
			}
		});
		return values;
	}

	void computing() {
		status.setText("Computing...");
	}

	void show(EffectiveComputation.Result result) {
		updateParameters(result.parameters);
		rows = result.rows;
		String text = result.summary + " (" + result.millis + " ms)";
		status.setText(text);
		status.setToolTipText(result.warnings.isEmpty() ? null : String.join("\n", result.warnings));
		showRows();
		area.layout(true, true);
	}

	private void showRows() {
		List<EffectiveRow> shown = onlyChanges.getSelection() ? rows.stream().filter(r -> r.getKind().isChange()).collect(Collectors.toList())
				: rows;
		table.setInput(shown.toArray());
	}

	List<EffectiveRow> getRows() {
		return rows;
	}

	/** Selects and reveals the first shown row with this pattern (its provenance shows below the table). */
	boolean select(String pattern) {
		if (!(table.getInput() instanceof Object[])) {
			return false;
		}
		for (Object row : (Object[]) table.getInput()) {
			if (((EffectiveRow) row).getPattern().equalsIgnoreCase(pattern)) {
				table.setSelection(new org.eclipse.jface.viewers.StructuredSelection(row), true);
				return true;
			}
		}
		return false;
	}

	/** Builds the parameter fields when the set of declared parameters changes, keeping the values typed so far. */
	private void updateParameters(List<ParameterInfo> declared) {
		if (declared.isEmpty() || declared.equals(shownParameters)) {
			return;
		}
		Map<String, String> values = getParams();
		for (Control child : parameters.getChildren()) {
			child.dispose();
		}
		fields.clear();
		for (ParameterInfo parameter : declared) {
			Label label = new Label(parameters, SWT.NONE);
			label.setText(parameter.name + ":");
			label.setToolTipText(parameter.description);
			Control field;
			if (parameter.choices.isEmpty()) {
				Text text = new Text(parameters, SWT.BORDER | SWT.SINGLE);
				text.setMessage(parameter.example == null ? "" : parameter.example);
				text.setText(values.getOrDefault(parameter.name, ""));
				text.addListener(SWT.Modify, e -> typed());
				field = text;
			} else {
				Combo combo = new Combo(parameters, SWT.READ_ONLY | SWT.DROP_DOWN);
				List<String> items = new ArrayList<>();
				items.add("");
				items.addAll(parameter.choices);
				items.forEach(combo::add);
				combo.select(Math.max(0, items.indexOf(values.getOrDefault(parameter.name, ""))));
				combo.addListener(SWT.Selection, e -> changed.run());
				field = combo;
			}
			field.setToolTipText(parameter.description);
			field.setData(CatalogEditors.WIDGET_ID_KEY, CatalogEditors.PARAM_WIDGET_ID_PREFIX + parameter.name);
			GridDataFactory.fillDefaults().grab(true, false).hint(140, SWT.DEFAULT).applyTo(field);
			fields.put(parameter.name, field);
		}
		shownParameters = declared;
		parameters.layout(true, true);
	}

	private void typed() {
		int generation = ++typingGeneration;
		area.getDisplay().timerExec(TYPING_DELAY_MS, () -> {
			if (generation == typingGeneration && !area.isDisposed()) {
				changed.run();
			}
		});
	}
}
