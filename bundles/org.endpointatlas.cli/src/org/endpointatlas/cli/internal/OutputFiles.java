package org.endpointatlas.cli.internal;

import java.io.IOException;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;

import org.endpointatlas.core.io.AtomicFiles;
import org.endpointatlas.core.io.IoMessages;

/** The {@code -o FILE} of export and probe: written completely or not at all, and a failure is one line naming the file. */
final class OutputFiles {

	private OutputFiles() {
	}

	static void write(String output, AtomicFiles.Content content) throws UsageException {
		Path file;
		try {
			file = Path.of(output);
		} catch (InvalidPathException e) {
			throw new UsageException("cannot write \"" + output + "\": not a valid file name (" + e.getReason() + ")");
		}
		try {
			AtomicFiles.write(file, content);
		} catch (IOException e) {
			throw new UsageException("cannot write " + output + ": " + IoMessages.describe(e));
		}
	}
}
