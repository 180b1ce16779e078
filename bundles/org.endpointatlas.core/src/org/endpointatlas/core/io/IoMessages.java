package org.endpointatlas.core.io;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;

/**
 * One readable line for an I/O failure, for the editors' dialogs and the command line's errors: java.nio often puts
 * only a path in the message.
 */
public final class IoMessages {

	private IoMessages() {
	}

	public static String describe(IOException e) {
		if (e instanceof AccessDeniedException) {
			return "permission denied: " + ((AccessDeniedException) e).getFile();
		}
		if (e instanceof NoSuchFileException) {
			return "no such file or folder: " + ((NoSuchFileException) e).getFile();
		}
		if (e instanceof NotDirectoryException) {
			return "not a folder: " + ((NotDirectoryException) e).getFile();
		}
		if (e instanceof FileSystemException) {
			FileSystemException f = (FileSystemException) e;
			return (f.getReason() == null ? "cannot write" : f.getReason().toLowerCase()) + ": " + f.getFile();
		}
		return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
	}
}
