package org.endpointatlas.core.io;

import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;

/**
 * A buffered UTF-8 writer for large outputs made of ASCII strings (allowlists). It keeps text in a {@link StringBuilder},
 * which stores ASCII one byte per character, and encodes it in chunks with {@link String#getBytes}: unlike an
 * {@code OutputStreamWriter} it never widens the text to a {@code char[]} first. Not thread-safe.
 */
public final class Utf8Writer extends Writer {

	private static final int CHUNK = 1 << 16;

	private final OutputStream out;
	private final StringBuilder pending = new StringBuilder(CHUNK + 256);

	public Utf8Writer(OutputStream out) {
		this.out = out;
	}

	@Override
	public void write(String text) throws IOException {
		pending.append(text);
		drainIfFull();
	}

	@Override
	public void write(String text, int offset, int length) throws IOException {
		pending.append(text, offset, offset + length);
		drainIfFull();
	}

	@Override
	public void write(char[] characters, int offset, int length) throws IOException {
		pending.append(characters, offset, length);
		drainIfFull();
	}

	@Override
	public void write(int character) throws IOException {
		pending.append((char) character);
		drainIfFull();
	}

	private void drainIfFull() throws IOException {
		if (pending.length() >= CHUNK) {
			drain(false);
		}
	}

	/** Encodes what is pending; a trailing high surrogate waits for its pair unless {@code all}. */
	private void drain(boolean all) throws IOException {
		int end = pending.length();
		if (!all && end > 0 && Character.isHighSurrogate(pending.charAt(end - 1))) {
			end--;
		}
		out.write(pending.substring(0, end).getBytes(StandardCharsets.UTF_8));
		pending.delete(0, end);
	}

	@Override
	public void flush() throws IOException {
		drain(false);
		out.flush();
	}

	@Override
	public void close() throws IOException {
		drain(true);
		out.close();
	}
}
