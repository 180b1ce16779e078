package org.endpointatlas.core.io;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Writes a file completely or not at all: a temporary file in the same folder, forced to the disk, then an atomic move
 * over the target, and the folder forced too. A killed process leaves the old file or the new one; so does a power cut
 * once {@code write} has returned.
 */
public final class AtomicFiles {

	/** What writes the content. */
	@FunctionalInterface
	public interface Content {
		void writeTo(OutputStream out) throws IOException;
	}

	/**
	 * A temporary file of a write that was killed (its {@code finally} never ran) is removed by a later write of the
	 * same file once it is this old; a younger one may belong to a write still running in another process.
	 */
	static final Duration LEFTOVER_AGE = Duration.ofMinutes(10);
	private static final String TEMPORARY_SUFFIX = ".tmp";

	private AtomicFiles() {
	}

	public static void write(Path target, Content content) throws IOException {
		Path absolute = target.toAbsolutePath();
		Path folder = absolute.getParent();
		Files.createDirectories(folder);
		Path temp = createTemporary(folder, temporaryPrefix(absolute));
		try {
			try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.WRITE)) {
				content.writeTo(Channels.newOutputStream(channel));
				channel.force(true);
			}
			keepPermissions(absolute, temp);
			move(temp, absolute);
			forceFolder(folder);
		} finally {
			Files.deleteIfExists(temp);
		}
		removeLeftovers(absolute);
	}

	/**
	 * A new, empty temporary file with the permissions any new file gets here (the umask's), not the owner-only ones of
	 * {@link Files#createTempFile}: an export for a proxy that runs as another user must stay readable to it.
	 */
	private static Path createTemporary(Path folder, String prefix) throws IOException {
		while (true) {
			// created exclusively, so the name needs no secrecy: a taken one is drawn again
			Path temp = folder.resolve(prefix + Long.toUnsignedString(ThreadLocalRandom.current().nextLong()) + TEMPORARY_SUFFIX);
			try {
				return Files.createFile(temp);
			} catch (FileAlreadyExistsException e) {
				continue;
			}
		}
	}

	/** Replacing a file keeps what its owner set: the new content gets the old file's permissions. */
	private static void keepPermissions(Path target, Path temp) throws IOException {
		if (Files.exists(target) && Files.getFileStore(temp).supportsFileAttributeView(PosixFileAttributeView.class)) {
			Files.setPosixFilePermissions(temp, Files.getPosixFilePermissions(target));
		}
	}

	/** {@code .NAME}: the temporary files are hidden, and named after the file they become. */
	static String temporaryPrefix(Path target) {
		return "." + target.getFileName();
	}

	private static void move(Path temp, Path target) throws IOException {
		try {
			Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
		} catch (AtomicMoveNotSupportedException e) {
			Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
		}
	}

	/** Makes the move itself durable where the platform can open a folder (Linux, macOS); elsewhere it cannot be asked. */
	private static void forceFolder(Path folder) {
		try (FileChannel channel = FileChannel.open(folder, StandardOpenOption.READ)) {
			channel.force(true);
		} catch (IOException | UnsupportedOperationException e) {
			// Windows cannot open a folder as a channel; NTFS journals the rename itself
		}
	}

	/** Best effort: the file itself is written, and a leftover that cannot be removed now is removed another time. */
	private static void removeLeftovers(Path target) {
		String prefix = temporaryPrefix(target);
		Instant cutoff = Instant.now().minus(LEFTOVER_AGE);
		DirectoryStream.Filter<Path> temporary = sibling -> isTemporaryName(sibling.getFileName().toString(), prefix);
		try (DirectoryStream<Path> siblings = Files.newDirectoryStream(target.getParent(), temporary)) {
			for (Path sibling : siblings) {
				if (Files.getLastModifiedTime(sibling).toInstant().isBefore(cutoff)) {
					Files.deleteIfExists(sibling);
				}
			}
		} catch (IOException e) {
			// a leftover stays until the next write
		}
	}

	/** {@code .NAME}, the digits of a random number, then {@code .tmp}: never another file. */
	static boolean isTemporaryName(String name, String prefix) {
		int end = name.length() - TEMPORARY_SUFFIX.length();
		if (!name.startsWith(prefix) || !name.endsWith(TEMPORARY_SUFFIX) || end <= prefix.length()) {
			return false;
		}
		return name.substring(prefix.length(), end).chars().allMatch(c -> c >= '0' && c <= '9');
	}
}
