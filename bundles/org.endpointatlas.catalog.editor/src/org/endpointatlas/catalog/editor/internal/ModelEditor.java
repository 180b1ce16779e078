package org.endpointatlas.catalog.editor.internal;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.edit.command.CommandActionDelegate;
import org.eclipse.emf.edit.command.CreateChildCommand;
import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.emf.edit.domain.IEditingDomainProvider;
import org.eclipse.emf.edit.provider.ComposedAdapterFactory;
import org.eclipse.emf.edit.provider.ReflectiveItemProviderAdapterFactory;
import org.eclipse.emf.edit.provider.resource.ResourceItemProviderAdapterFactory;
import org.eclipse.jface.action.Action;
import org.eclipse.jface.action.IMenuManager;
import org.eclipse.jface.action.IStatusLineManager;
import org.eclipse.jface.action.MenuManager;
import org.eclipse.jface.action.Separator;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.viewers.StructuredViewer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.BusyIndicator;
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Menu;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IEditorInput;
import org.eclipse.ui.IEditorSite;
import org.eclipse.ui.IPartListener2;
import org.eclipse.ui.IWorkbenchPartReference;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.part.EditorPart;
import org.eclipse.ui.views.properties.IPropertySheetPage;
import org.endpointatlas.catalog.editor.CatalogEditors;
import org.endpointatlas.catalog.editor.internal.bridge.ItemPropertySourceProvider;
import org.endpointatlas.catalog.model.provider.CatalogItemProviderAdapterFactory;
import org.endpointatlas.core.CatalogRegistry;
import org.endpointatlas.core.io.CatalogLoadException;
import org.endpointatlas.core.io.IoMessages;

/**
 * What the catalog and overlay editors share: an EMF.Edit editing domain over one model with an undoable command
 * stack, the Properties view, dirty state and an atomic save, a warning when the file changed on disk (on activation
 * and before saving), read-only built-in models, and an error page for files that cannot be loaded.
 */
public abstract class ModelEditor extends EditorPart implements IEditingDomainProvider {

	/** Light backgrounds, readable with the theme's dark text (no OS resources: nothing to dispose). */
	private static final org.eclipse.swt.graphics.Color INFO = new org.eclipse.swt.graphics.Color(255, 248, 220);
	private static final org.eclipse.swt.graphics.Color WARNING = new org.eclipse.swt.graphics.Color(255, 232, 224);

	protected final ServiceAccess services = new ServiceAccess();
	protected ComposedAdapterFactory adapterFactory;
	protected GuardedCommandStack commandStack;
	protected AdapterFactoryEditingDomain domain;
	protected CommandStackActions actions;
	private ModelDocument document;
	private CatalogLoadException loadError;
	private CopyToMyCatalogAction copyAction;
	private MessageBar messages;
	private MessageBar banner;
	private ItemPropertySheetPage propertySheetPage;
	private FileStamp warnedAbout;
	private boolean checkingDisk;
	private boolean disposed;
	private Composite body;
	private long loadMillis = -1;
	private final IPartListener2 activation = new IPartListener2() {
		@Override
		public void partActivated(IWorkbenchPartReference reference) {
			if (reference.getPart(false) == ModelEditor.this) {
				checkDiskOnActivation();
			}
		}
	};

	/** Whether this editor edits catalogs or overlays. */
	protected abstract ModelDocument.Kind kind();

	/** Creates the viewers; the model is loaded. */
	protected abstract void createContent(Composite parent);

	/** The viewer whose selection the Properties view shows and Delete removes. */
	protected abstract StructuredViewer getMainViewer();

	/** After every change of the model (commands, undo, redo, reload): validation, recomputation. */
	protected void modelChanged() {
	}

	/** The document was replaced by a reload from disk: show the new model. */
	protected void documentReplaced() {
		getMainViewer().setInput(document.getResource());
	}

	@Override
	public void init(IEditorSite site, IEditorInput input) throws PartInitException {
		setSite(site);
		setInputWithNotify(input);
		setPartName(input.getName());
		setTitleToolTip(input.getToolTipText());
		adapterFactory = new ComposedAdapterFactory();
		adapterFactory.addAdapterFactory(new ResourceItemProviderAdapterFactory());
		adapterFactory.addAdapterFactory(new CatalogItemProviderAdapterFactory());
		adapterFactory.addAdapterFactory(new ReflectiveItemProviderAdapterFactory());
		commandStack = new GuardedCommandStack();
		domain = new AdapterFactoryEditingDomain(adapterFactory, commandStack, new HashMap<>());
		actions = new CommandStackActions(domain);
		copyAction = new CopyToMyCatalogAction(this);
		commandStack.addCommandStackListener(event -> commandStackChanged());
		long start = System.nanoTime();
		document = load();
		loadMillis = (System.nanoTime() - start) / 1_000_000;
		copyAction.update();
	}

	private ModelDocument load() {
		try {
			ModelDocument loaded = ModelDocument.load(getEditorInput(), kind(), services.getContext(), services.get(CatalogRegistry.class));
			domain.getResourceSet().getResources().add(loaded.getResource());
			domain.getResourceToReadOnlyMap().put(loaded.getResource(), loaded.isReadOnly());
			commandStack.setReadOnly(loaded.isReadOnly());
			loadError = null;
			return loaded;
		} catch (CatalogLoadException e) {
			loadError = e;
		} catch (RuntimeException e) {
			loadError = new CatalogLoadException(getEditorInput().getToolTipText(), 0, null, "cannot be loaded: " + e);
		}
		return null;
	}

	@Override
	public void createPartControl(Composite parent) {
		body = new Composite(parent, SWT.NONE);
		GridLayoutFactory.fillDefaults().spacing(0, 0).applyTo(body);
		if (document == null) {
			GridDataFactory.fillDefaults().grab(true, true).applyTo(ErrorPage.create(body, loadError));
			setTitleToolTip("Cannot be opened: " + loadError.getMessage());
			return;
		}
		if (document.isReadOnly()) {
			banner = new MessageBar(body, CatalogEditors.BANNER_WIDGET_ID, SWT.ICON_INFORMATION, INFO);
			banner.show("Read-only: this area is built into Endpoint Atlas (" + document.getDisplayName() + "). "
					+ "Copy it to your catalogs (" + org.endpointatlas.core.io.UserCatalogHome.defaultHome() + ") to change it.");
			banner.addButton(copyAction, CatalogEditors.COPY_BUTTON_WIDGET_ID);
		}
		messages = new MessageBar(body, CatalogEditors.MESSAGE_WIDGET_ID, SWT.ICON_WARNING, WARNING);
		messages.show(null);
		Composite content = new Composite(body, SWT.NONE);
		content.setLayout(new FillLayout());
		GridDataFactory.fillDefaults().grab(true, true).applyTo(content);
		createContent(content);
		getSite().setSelectionProvider(getMainViewer());
		actions.setSelectionProvider(getMainViewer());
		createContextMenu(getMainViewer());
		getSite().getPage().addPartListener(activation);
	}

	private void createContextMenu(StructuredViewer viewer) {
		MenuManager manager = new MenuManager("#PopUp");
		manager.setRemoveAllWhenShown(true);
		manager.addMenuListener(this::fillContextMenu);
		Menu menu = manager.createContextMenu(viewer.getControl());
		viewer.getControl().setMenu(menu);
		getSite().registerContextMenu(manager, viewer);
	}

	/** New child (from the item providers), Undo, Redo, Delete, Copy to my catalog. */
	protected void fillContextMenu(IMenuManager menu) {
		IStructuredSelection selection = getMainViewer().getStructuredSelection();
		MenuManager create = new MenuManager("&New");
		if (selection.size() == 1 && !commandStack.isReadOnly()) {
			Object owner = selection.getFirstElement();
			Collection<?> descriptors = domain.getNewChildDescriptors(owner, null);
			for (Object descriptor : descriptors) {
				Command command = CreateChildCommand.create(domain, owner, descriptor, List.of(owner));
				String text = command instanceof CommandActionDelegate ? ((CommandActionDelegate) command).getText() : command.getLabel();
				Action action = new Action(text) {
					@Override
					public void run() {
						commandStack.execute(command);
					}
				};
				action.setEnabled(command.canExecute());
				create.add(action);
			}
		}
		create.setVisible(!create.isEmpty());
		menu.add(create);
		menu.add(new Separator());
		menu.add(actions.getUndo());
		menu.add(actions.getRedo());
		menu.add(new Separator());
		menu.add(actions.getDelete());
		if (copyAction.isEnabled()) {
			menu.add(new Separator());
			menu.add(copyAction);
		}
		menu.add(new Separator("additions"));
	}

	private void commandStackChanged() {
		if (disposed) {
			return;
		}
		firePropertyChange(PROP_DIRTY);
		actions.update();
		Display display = getSite().getShell().getDisplay();
		display.asyncExec(() -> {
			if (disposed) {
				return;
			}
			Command command = commandStack.getMostRecentCommand();
			if (command != null) {
				selectInViewer(command.getAffectedObjects());
			}
			if (propertySheetPage != null && propertySheetPage.getControl() != null && !propertySheetPage.getControl().isDisposed()) {
				propertySheetPage.refresh();
			}
		});
		modelChanged();
	}

	/** Selects and reveals model objects in the main viewer. */
	public void selectInViewer(Collection<?> objects) {
		StructuredViewer viewer = getMainViewer();
		if (viewer == null || viewer.getControl().isDisposed() || objects == null || objects.isEmpty()) {
			return;
		}
		List<?> eObjects = objects.stream().filter(o -> o instanceof EObject).toList();
		if (!eObjects.isEmpty()) {
			viewer.setSelection(new StructuredSelection(eObjects), true);
		}
	}

	// ------------------------------------------------------------------ save, disk changes

	@Override
	public void doSave(IProgressMonitor monitor) {
		if (document == null || document.isReadOnly()) {
			return;
		}
		Shell shell = getSite().getShell();
		String file = document.getDisplayName();
		if (document.changedOnDisk() && !Prompts.overwriteChangedFile(shell, file)) {
			monitor.setCanceled(true);
			return;
		}
		IOException failure = null;
		try {
			BusyIndicator.showWhile(shell.getDisplay(), this::saveDocument);
		} catch (UncheckedSaveException e) {
			failure = e.getCause();
		}
		IStatusLineManager status = getEditorSite().getActionBars().getStatusLineManager();
		if (failure == null) {
			commandStack.saveIsDone();
			warnedAbout = null;
			firePropertyChange(PROP_DIRTY);
			messages.show(null);
			status.setErrorMessage(null);
			status.setMessage("Saved " + file);
			UserCatalogEvents.changed(services, document.getFile());
			refreshLinesOfSavedFile();
		} else {
			String reason = IoMessages.describe(failure);
			messages.setIcon(SWT.ICON_ERROR);
			messages.show("Not saved: " + reason + ". Your changes are kept in this editor, and the file on disk was not changed.");
			status.setErrorMessage("Not saved: " + reason);
			monitor.setCanceled(true);
			Prompts.saveFailed(shell, file, reason);
		}
	}

	private void saveDocument() {
		try {
			document.save();
		} catch (IOException e) {
			throw new UncheckedSaveException(e);
		}
	}

	/** Carries the I/O failure out of the busy indicator's runnable. */
	private static final class UncheckedSaveException extends RuntimeException {
		private static final long serialVersionUID = 1L;

		UncheckedSaveException(IOException cause) {
			super(cause);
		}

		@Override
		public synchronized IOException getCause() {
			return (IOException) super.getCause();
		}
	}

	/**
	 * Re-reads the saved file in the background for the lines of its objects, so problems name the lines of the file as
	 * it now is; dropped if the model changed again meanwhile.
	 */
	private void refreshLinesOfSavedFile() {
		Path file = document.getFile();
		ModelDocument saved = document;
		Command savedAt = commandStack.getUndoCommand();
		Display display = getSite().getShell().getDisplay();
		Job job = Job.create("Reading the lines of " + file.getFileName(), monitor -> {
			try {
				List<Integer> lines = ModelDocument.linesOfSavedFile(file, kind());
				display.asyncExec(() -> {
					if (!disposed && document == saved && commandStack.getUndoCommand() == savedAt) {
						saved.getResource().setLines(saved.getRoot(), lines);
						modelChanged();
					}
				});
			} catch (CatalogLoadException e) {
				// the file changed again on disk; the activation check will say so
			}
			return Status.OK_STATUS;
		});
		job.setSystem(true);
		job.schedule();
	}

	/** Asks once per change on disk whether to reload; "keep" still asks again before a save overwrites it. */
	public void checkDiskOnActivation() {
		if (document == null || checkingDisk || !document.changedOnDisk()) {
			return;
		}
		FileStamp now = document.diskStamp();
		if (now != null && now.sameAs(warnedAbout)) {
			return;
		}
		checkingDisk = true;
		try {
			warnedAbout = now;
			if (Prompts.reloadChangedFile(getSite().getShell(), document.getDisplayName(), isDirty())) {
				reload();
			} else {
				messages.setIcon(SWT.ICON_WARNING);
				messages.show("The file was changed on disk by another program; saving will overwrite it.");
			}
		} finally {
			checkingDisk = false;
		}
	}

	/** Reads the file again, dropping the editor's changes and undo history. */
	public void reload() {
		ModelDocument old = document;
		ModelDocument fresh = load();
		if (fresh == null) {
			// keep what is shown; the file on disk is broken now
			messages.setIcon(SWT.ICON_ERROR);
			messages.show("Cannot reload: " + loadError.getMessage());
			loadError = null;
			return;
		}
		domain.getResourceSet().getResources().remove(old.getResource());
		document = fresh;
		commandStack.flush();
		warnedAbout = null;
		messages.show(null);
		documentReplaced();
		firePropertyChange(PROP_DIRTY);
		actions.update();
		modelChanged();
	}

	@Override
	public void doSaveAs() {
		// a built-in area is copied with "Copy to my catalog"; a file is saved in place
	}

	@Override
	public boolean isSaveAsAllowed() {
		return false;
	}

	@Override
	public boolean isDirty() {
		return document != null && !document.isReadOnly() && commandStack.isSaveNeeded();
	}

	// ------------------------------------------------------------------ accessors

	@Override
	public EditingDomain getEditingDomain() {
		return domain;
	}

	/** The loaded model, or {@code null} when the file could not be loaded (the error page shows why). */
	public ModelDocument getDocument() {
		return document;
	}

	public CatalogLoadException getLoadError() {
		return loadError;
	}

	public boolean isReadOnly() {
		return document == null || document.isReadOnly();
	}

	public CommandStackActions getActions() {
		return actions;
	}

	public CopyToMyCatalogAction getCopyAction() {
		return copyAction;
	}

	/** How long reading the file took, in milliseconds. */
	public long getLoadMillis() {
		return loadMillis;
	}

	/** The editor's top control: the banner, the message line and the content, or the error page. */
	public Composite getBody() {
		return body;
	}

	/** The text of the message line above the content (save failures, changes on disk), or empty. */
	public String getMessage() {
		return messages == null ? "" : messages.getText();
	}

	@Override
	public <T> T getAdapter(Class<T> adapter) {
		if (adapter == IPropertySheetPage.class && document != null) {
			if (propertySheetPage == null || propertySheetPage.getControl() == null || propertySheetPage.getControl().isDisposed()) {
				propertySheetPage = new ItemPropertySheetPage(actions);
				propertySheetPage.setPropertySourceProvider(new ItemPropertySourceProvider(adapterFactory));
			}
			return adapter.cast(propertySheetPage);
		}
		if (adapter == EditingDomain.class) {
			return adapter.cast(domain);
		}
		return super.getAdapter(adapter);
	}

	@Override
	public void setFocus() {
		StructuredViewer viewer = document == null ? null : getMainViewer();
		if (viewer != null && !viewer.getControl().isDisposed()) {
			viewer.getControl().setFocus();
		}
	}

	@Override
	public void dispose() {
		disposed = true;
		if (getSite() != null && getSite().getPage() != null) {
			getSite().getPage().removePartListener(activation);
		}
		if (propertySheetPage != null) {
			propertySheetPage.dispose();
		}
		services.close();
		adapterFactory.dispose();
		super.dispose();
	}
}
