package org.endpointatlas.catalog.editor.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;

/**
 * What a file on disk looked like when the editor read or wrote it: its modification time and size, and a digest of
 * its content that decides when time or size differ (a touched but unchanged file is not a change).
 */
final class FileStamp {

	private final long modified;
	private final long size;
	private final byte[] digest;

	private FileStamp(long modified, long size, byte[] digest) {
		this.modified = modified;
		this.size = size;
		this.digest = digest;
	}

	static FileStamp of(Path file) {
		try {
			return new FileStamp(Files.getLastModifiedTime(file).toMillis(), Files.size(file), digest(file));
		} catch (IOException e) {
			return new FileStamp(-1, -1, new byte[0]);
		}
	}

	/** Whether two stamps describe the same file content. */
	boolean sameAs(FileStamp other) {
		return other != null && modified == other.modified && size == other.size && Arrays.equals(digest, other.digest);
	}

	/** Whether the file now differs from this stamp (deleted counts as changed). */
	boolean changedOnDisk(Path file) {
		try {
			if (!Files.exists(file)) {
				return modified >= 0;
			}
			if (Files.getLastModifiedTime(file).toMillis() == modified && Files.size(file) == size) {
				return false;
			}
			return !Arrays.equals(digest, digest(file));
		} catch (IOException e) {
			return false;
		}
	}

	private static byte[] digest(Path file) throws IOException {
		try (InputStream in = Files.newInputStream(file)) {
			MessageDigest sha = MessageDigest.getInstance("SHA-256");
			byte[] buffer = new byte[65536];
			for (int n; (n = in.read(buffer)) > 0;) {
				sha.update(buffer, 0, n);
			}
			return sha.digest();
		} catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException(e);
		}
	}
}
