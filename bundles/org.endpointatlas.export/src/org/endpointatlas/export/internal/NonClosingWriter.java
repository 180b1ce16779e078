package org.endpointatlas.export.internal;

import java.io.FilterWriter;
import java.io.IOException;
import java.io.Writer;

/** Lets a printer flush but not close the caller's writer. */
final class NonClosingWriter extends FilterWriter {

	NonClosingWriter(Writer out) {
		super(out);
	}

	@Override
	public void close() throws IOException {
		flush();
	}
}
