package org.endpointatlas.catalog.editor.internal;

import java.nio.file.Path;
import java.util.Objects;

import org.eclipse.core.runtime.IPath;
import org.eclipse.jface.resource.ImageDescriptor;
import org.eclipse.ui.IPathEditorInput;
import org.eclipse.ui.IPersistableElement;

/** A catalog or overlay file on disk. Two inputs for the same file are equal, so the file opens in one editor. */
public final class FileInput implements IPathEditorInput {

	private final Path file;

	public FileInput(Path file) {
		this.file = file.toAbsolutePath().normalize();
	}

	public Path getFile() {
		return file;
	}

	@Override
	public IPath getPath() {
		return IPath.fromFile(file.toFile());
	}

	@Override
	public boolean exists() {
		return java.nio.file.Files.exists(file);
	}

	@Override
	public ImageDescriptor getImageDescriptor() {
		return null;
	}

	@Override
	public String getName() {
		return file.getFileName().toString();
	}

	@Override
	public IPersistableElement getPersistable() {
		return null;
	}

	@Override
	public String getToolTipText() {
		return file.toString();
	}

	@Override
	public <T> T getAdapter(Class<T> adapter) {
		return adapter == Path.class ? adapter.cast(file) : null;
	}

	@Override
	public boolean equals(Object other) {
		return other instanceof FileInput && ((FileInput) other).file.equals(file);
	}

	@Override
	public int hashCode() {
		return Objects.hash(file);
	}
}
