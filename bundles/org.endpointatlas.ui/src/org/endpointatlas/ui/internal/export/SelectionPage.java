package org.endpointatlas.ui.internal.export;

import java.nio.file.Path;
import java.util.Map;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.CheckboxTableViewer;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.jface.wizard.WizardPage;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Group;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.List;
import org.eclipse.swt.widgets.Text;
import org.endpointatlas.catalog.model.Cloud;
import org.endpointatlas.core.ContributedOverlay;
import org.endpointatlas.core.io.CatalogLoadException;
import org.endpointatlas.ui.EndpointAtlasUi;

/** Page 1: which areas and roles (none checked means all), the cloud, retired entries, overlays and parameter values. */
final class SelectionPage extends WizardPage {

	private final ExportRequest request;
	private final ExportWizard.Choices choices;
	private final UserFiles home;
	private final CatalogLoadException homeProblem;
	private List overlayList;

	SelectionPage(ExportRequest request, ExportWizard.Choices choices, UserFiles home, CatalogLoadException homeProblem) {
		super("selection", "Selection", null);
		setDescription("Choose what to export. No area or role checked means all of them, as on the command line.");
		this.request = request;
		this.choices = choices;
		this.home = home;
		this.homeProblem = homeProblem;
	}

	@Override
	public void createControl(Composite parent) {
		Composite page = new Composite(parent, SWT.NONE);
		GridLayoutFactory.swtDefaults().numColumns(2).equalWidth(true).applyTo(page);

		CheckboxTableViewer areas = checkTable(page, "Areas", choices.areas, EndpointAtlasUi.EXPORT_AREAS_WIDGET_ID);
		areas.addCheckStateListener(event -> update(request.areas, (String) event.getElement(), event.getChecked()));
		CheckboxTableViewer roles = checkTable(page, "Roles (who connects)", choices.roles, EndpointAtlasUi.EXPORT_ROLES_WIDGET_ID);
		roles.addCheckStateListener(event -> update(request.roles, (String) event.getElement(), event.getChecked()));

		Composite options = new Composite(page, SWT.NONE);
		GridLayoutFactory.fillDefaults().numColumns(3).applyTo(options);
		GridDataFactory.fillDefaults().span(2, 1).grab(true, false).applyTo(options);
		new Label(options, SWT.NONE).setText("Cloud:");
		Combo cloud = Widgets.named(new Combo(options, SWT.READ_ONLY | SWT.DROP_DOWN), EndpointAtlasUi.EXPORT_CLOUD_WIDGET_ID);
		Cloud.VALUES.forEach(c -> cloud.add(c.getLiteral()));
		cloud.select(Cloud.VALUES.indexOf(request.cloud));
		cloud.addListener(SWT.Selection, e -> request.cloud = Cloud.get(cloud.getText()));
		Button retired = Widgets.named(new Button(options, SWT.CHECK), EndpointAtlasUi.EXPORT_RETIRED_WIDGET_ID);
		retired.setText("Include retired areas and entries");
		retired.addListener(SWT.Selection, e -> request.includeRetired = retired.getSelection());

		createOverlays(page);
		createParameters(page);
		if (homeProblem != null) {
			setErrorMessage("A file of your catalogs cannot be loaded, so nothing can be exported (the command line stops too): "
					+ homeProblem.getMessage());
		}
		setControl(page);
	}

	private static CheckboxTableViewer checkTable(Composite parent, String title, Map<String, String> items, String widgetId) {
		Group group = new Group(parent, SWT.NONE);
		group.setText(title);
		GridLayoutFactory.swtDefaults().applyTo(group);
		GridDataFactory.fillDefaults().grab(true, true).hint(320, 160).applyTo(group);
		CheckboxTableViewer viewer = CheckboxTableViewer.newCheckList(group, SWT.BORDER | SWT.FULL_SELECTION);
		Widgets.named(viewer.getTable(), widgetId);
		viewer.setContentProvider(ArrayContentProvider.getInstance());
		TableViewerColumn id = new TableViewerColumn(viewer, SWT.LEFT);
		id.getColumn().setWidth(200);
		id.setLabelProvider(new ColumnLabelProvider() {
			@Override
			public String getText(Object element) {
				return (String) element;
			}
		});
		TableViewerColumn name = new TableViewerColumn(viewer, SWT.LEFT);
		name.getColumn().setWidth(260);
		name.setLabelProvider(new ColumnLabelProvider() {
			@Override
			public String getText(Object element) {
				return items.get(element);
			}
		});
		viewer.setInput(items.keySet().toArray());
		GridDataFactory.fillDefaults().grab(true, true).applyTo(viewer.getControl());
		return viewer;
	}

	private static void update(java.util.Set<String> selected, String id, boolean checked) {
		if (checked) {
			selected.add(id);
		} else {
			selected.remove(id);
		}
	}

	private void createOverlays(Composite page) {
		Group group = new Group(page, SWT.NONE);
		group.setText("Overlays");
		GridLayoutFactory.swtDefaults().numColumns(2).applyTo(group);
		GridDataFactory.fillDefaults().span(2, 1).grab(true, false).applyTo(group);
		Label note = new Label(group, SWT.WRAP);
		note.setText("The overlays of your catalogs always apply, in name order, as on the command line; add more overlay files below.");
		GridDataFactory.fillDefaults().span(2, 1).grab(true, false).hint(400, SWT.DEFAULT).applyTo(note);
		overlayList = Widgets.named(new List(group, SWT.BORDER | SWT.SINGLE | SWT.V_SCROLL), EndpointAtlasUi.EXPORT_OVERLAYS_WIDGET_ID);
		GridDataFactory.fillDefaults().grab(true, false).hint(SWT.DEFAULT, 60).applyTo(overlayList);
		Composite buttons = new Composite(group, SWT.NONE);
		GridLayoutFactory.fillDefaults().applyTo(buttons);
		Button add = new Button(buttons, SWT.PUSH);
		add.setText("&Add...");
		add.addListener(SWT.Selection, e -> addOverlay());
		Button remove = new Button(buttons, SWT.PUSH);
		remove.setText("&Remove");
		remove.addListener(SWT.Selection, e -> removeOverlay());
		GridDataFactory.fillDefaults().applyTo(add);
		GridDataFactory.fillDefaults().applyTo(remove);
		showOverlays();
	}

	private void showOverlays() {
		overlayList.removeAll();
		if (home != null) {
			for (ContributedOverlay overlay : home.overlays()) {
				overlayList.add(overlay.getOrigin() + "   (my catalogs: always applied)");
			}
		}
		request.overlays.forEach(file -> overlayList.add(file.toString()));
	}

	private void addOverlay() {
		FileDialog dialog = new FileDialog(getShell(), SWT.OPEN);
		dialog.setFilterExtensions(new String[] { "*.overlay", "*.*" });
		String file = dialog.open();
		if (file != null) {
			addOverlay(Path.of(file));
		}
	}

	/** Adds an overlay file after the home's overlays (like {@code --overlay FILE}). */
	void addOverlay(Path file) {
		request.overlays.add(file);
		showOverlays();
	}

	private void removeOverlay() {
		int index = overlayList.getSelectionIndex() - (home == null ? 0 : home.overlays().size());
		if (index >= 0 && index < request.overlays.size()) {
			request.overlays.remove(index);
			showOverlays();
		}
	}

	private void createParameters(Composite page) {
		if (choices.parameters.isEmpty()) {
			return;
		}
		Group group = new Group(page, SWT.NONE);
		group.setText("Parameters (for {placeholders}; entries left unresolved are left out of the export with a warning)");
		GridLayoutFactory.swtDefaults().numColumns(4).applyTo(group);
		GridDataFactory.fillDefaults().span(2, 1).grab(true, false).applyTo(group);
		choices.parameters.forEach((name, values) -> {
			Label label = new Label(group, SWT.NONE);
			label.setText(name + ":");
			String hint = choices.parameterHints.get(name);
			label.setToolTipText(hint);
			if (values.isEmpty()) {
				Text text = Widgets.named(new Text(group, SWT.BORDER | SWT.SINGLE), EndpointAtlasUi.EXPORT_PARAM_WIDGET_ID_PREFIX + name);
				text.setToolTipText(hint);
				text.addListener(SWT.Modify, e -> request.params.put(name, text.getText()));
				GridDataFactory.fillDefaults().grab(true, false).hint(150, SWT.DEFAULT).applyTo(text);
			} else {
				Combo combo = Widgets.named(new Combo(group, SWT.READ_ONLY | SWT.DROP_DOWN), EndpointAtlasUi.EXPORT_PARAM_WIDGET_ID_PREFIX + name);
				combo.add("");
				values.forEach(combo::add);
				combo.select(0);
				combo.setToolTipText(hint);
				combo.addListener(SWT.Selection, e -> request.params.put(name, combo.getText()));
				GridDataFactory.fillDefaults().grab(true, false).hint(150, SWT.DEFAULT).applyTo(combo);
			}
		});
	}

	@Override
	public boolean isPageComplete() {
		return homeProblem == null;
	}
}
