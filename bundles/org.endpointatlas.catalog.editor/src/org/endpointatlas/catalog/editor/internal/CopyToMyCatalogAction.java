package org.endpointatlas.catalog.editor.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.jface.action.Action;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PartInitException;
import org.endpointatlas.catalog.editor.CatalogEditors;
import org.endpointatlas.catalog.model.Catalog;
import org.endpointatlas.core.io.CatalogFiles;
import org.endpointatlas.core.io.IoMessages;
import org.endpointatlas.core.io.UserCatalogHome;

/**
 * Writes an editable copy of the shown catalog into the user-catalog home ({@code ~/.endpoint-atlas/ID.catalog}, which
 * the command line reads too) and opens it. The copy keeps every id, so its areas join the built-in ones of the same
 * id: what is added to the copy is added to the area.
 */
public final class CopyToMyCatalogAction extends Action {

	private final ModelEditor editor;

	CopyToMyCatalogAction(ModelEditor editor) {
		super("Copy to &My Catalog");
		this.editor = editor;
		setId(CatalogEditors.COPY_TO_MY_CATALOG_ACTION_ID);
		setToolTipText("Write an editable copy of this catalog into " + UserCatalogHome.defaultHome() + " and open it");
		setImageDescriptor(org.eclipse.ui.PlatformUI.getWorkbench().getSharedImages()
				.getImageDescriptor(org.eclipse.ui.ISharedImages.IMG_TOOL_COPY));
	}

	/** Enabled for catalogs that are not in the home already: built-in areas, and files from elsewhere. */
	void update() {
		ModelDocument document = editor.getDocument();
		boolean inHome = document != null && document.getFile() != null
				&& UserCatalogHome.defaultHome().toAbsolutePath().normalize().equals(document.getFile().getParent());
		setEnabled(document != null && document.getRoot() instanceof Catalog && !inHome);
	}

	@Override
	public void run() {
		ModelDocument document = editor.getDocument();
		if (document == null || !(document.getRoot() instanceof Catalog)) {
			return;
		}
		Path target;
		try {
			target = copy((Catalog) document.getRoot(), UserCatalogHome.defaultHome());
		} catch (IOException e) {
			Prompts.copyFailed(editor.getSite().getShell(), IoMessages.describe(e));
			return;
		}
		UserCatalogEvents.changed(editor.services, target);
		IWorkbenchPage page = editor.getSite().getPage();
		try {
			CatalogEditors.openFile(page, target);
		} catch (PartInitException e) {
			Prompts.copyFailed(editor.getSite().getShell(), "written to " + target + " but not opened: " + e.getMessage());
		}
	}

	/** Writes the copy atomically under a name that is not taken yet: {@code ID.catalog}, {@code ID-2.catalog}, ... */
	static Path copy(Catalog catalog, Path home) throws IOException {
		Files.createDirectories(home);
		String base = fileNameOf(catalog.getId());
		Path target = home.resolve(base + ".catalog");
		for (int n = 2; Files.exists(target); n++) {
			target = home.resolve(base + "-" + n + ".catalog");
		}
		CatalogFiles.save(EcoreUtil.copy(catalog), target);
		return target;
	}

	private static String fileNameOf(String id) {
		String name = id == null ? "" : id.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9._-]+", "-").replaceAll("^[.-]+", "");
		return name.isEmpty() ? "my-catalog" : name;
	}
}
