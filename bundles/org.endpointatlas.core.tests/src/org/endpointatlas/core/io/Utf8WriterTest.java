package org.endpointatlas.core.io;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

/** The allowlist writer gives exactly the bytes of {@code String.getBytes(UTF_8)}, whatever the chunks and surrogates. */
class Utf8WriterTest {

	@Test
	void asciiAcrossManyChunks() throws IOException {
		StringBuilder expected = new StringBuilder();
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		try (Utf8Writer writer = new Utf8Writer(bytes)) {
			for (int i = 0; i < 20_000; i++) {
				String line = "h" + i + ".area.example.net\n";
				writer.write(line);
				expected.append(line);
			}
		}
		assertArrayEquals(expected.toString().getBytes(StandardCharsets.UTF_8), bytes.toByteArray());
	}

	@Test
	void nonAsciiAndSurrogatePairsSplitAcrossWritesAndChunks() throws IOException {
		String text = "caf\u00e9 \u2014 \ud83d\ude00 end\n";
		StringBuilder expected = new StringBuilder();
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		try (Utf8Writer writer = new Utf8Writer(bytes)) {
			// odd padding moves the pair across the 64 KiB chunk boundary at some point; char by char splits every pair
			for (int i = 0; i < 9_000; i++) {
				String padded = "x".repeat(i % 7) + text;
				for (char c : padded.toCharArray()) {
					writer.write(c);
				}
				writer.write(padded.toCharArray(), 0, padded.length());
				writer.write(padded, 1, padded.length() - 1);
				expected.append(padded).append(padded).append(padded, 1, padded.length());
			}
			writer.flush();
		}
		assertArrayEquals(expected.toString().getBytes(StandardCharsets.UTF_8), bytes.toByteArray());
	}
}
