package org.endpointatlas.ui.internal.app;

import java.nio.file.Path;

import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PartInitException;
import org.endpointatlas.catalog.editor.CatalogEditors;
import org.endpointatlas.ui.EndpointAtlasUi;

/** Opens the editors that {@value EndpointAtlasUi#OPEN_PROPERTY} names, for scripts that show the workbench at work. */
final class StartupEditors {

	private static final String BUILT_IN = "builtin:";

	private StartupEditors() {
	}

	static void open(IWorkbenchPage page) {
		String value = System.getProperty(EndpointAtlasUi.OPEN_PROPERTY);
		if (value == null || value.isBlank() || page == null) {
			return;
		}
		for (String entry : value.split(",")) {
			String target = entry;
			String pattern = null;
			int hash = entry.lastIndexOf('#');
			if (hash > 0) {
				target = entry.substring(0, hash);
				pattern = entry.substring(hash + 1);
			}
			try {
				IEditorPart editor;
				if (target.startsWith(BUILT_IN)) {
					String[] parts = target.substring(BUILT_IN.length()).split("/", 2);
					editor = CatalogEditors.openBuiltIn(page, parts[0], parts.length > 1 ? parts[1] : null);
				} else {
					editor = CatalogEditors.openFile(page, Path.of(target));
				}
				if (pattern != null) {
					CatalogEditors.reveal(editor, pattern);
				}
			} catch (PartInitException | RuntimeException e) {
				System.err.println(EndpointAtlasUi.OPEN_PROPERTY + ": cannot open " + entry + ": " + e.getMessage());
			}
		}
	}
}
