package org.endpointatlas.integration.tests;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchEvent;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.endpointatlas.catalog.model.Catalog;
import org.endpointatlas.core.io.CatalogFiles;
import org.endpointatlas.core.io.CatalogLoadException;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osgi.framework.Bundle;

/**
 * Killing the application during a save leaves either the old file or the new file, never a partial one.
 * <p>
 * A separate JVM ({@link SaveLoop}) opens a large catalog (16,000 endpoints, about 3.4 MB) the way the catalog editor
 * opens a file, and saves it over and over through the editor's own save ({@code ModelDocument.save}, which calls
 * {@code CatalogFiles.save}, which copies the model and writes it with {@code AtomicFiles.write}: a temporary file in
 * the same folder, then an atomic move over the target), alternating between two versions that differ all the way
 * through. The test kills it with SIGKILL ({@link Process#destroyForcibly()}) at spread-out moments of a save, in turn:
 * <ul>
 * <li>a fraction (0 to 1.15) of the previous save's time after the child says it starts a save: early (copying the
 * model), in the middle (writing), at the end (the move, the editor's re-read of the file) and just after;</li>
 * <li>0 to 40 ms after the temporary file of a save appears in the folder (a file-system watch): while it is written;</li>
 * <li>0 to 3 ms after the move put the new file in place (the same watch): between the move and the end of the save.</li>
 * </ul>
 * After each kill the target must parse completely and equal one of the two versions byte for byte, and the version
 * of the last finished save when the child was not in the middle of another; the only other files next to it may be
 * the temporary files of {@code AtomicFiles} ({@code .<name><random>.tmp}): a SIGKILL skips the {@code finally} that
 * deletes them (a later save of the file removes them once they are ten minutes old).
 * <p>
 * A kill counts as having hit a save in the middle of writing when such a temporary file was left behind; the test
 * goes on (beyond {@value #MIN_KILLS} kills, up to {@value #MAX_KILLS}) until {@value #MIN_MID_WRITE} kills did, so it
 * cannot pass by only killing between saves. The negative control runs the same harness with a save that writes
 * straight into the target, and sees a torn file.
 */
class KillDuringSaveTest {

	static final int AREAS = 16;
	static final int PER_AREA = 1000;
	static final int MIN_KILLS = 24;
	static final int MAX_KILLS = 60;
	static final int MIN_MID_WRITE = 6;
	static final int NEGATIVE_CONTROL_MAX_KILLS = 10;
	/** Kill moments of the first kind: fractions of a save, spread over it and a little past it. */
	static final double[] FRACTIONS = { 0, 0.5, 0.95, 0.2, 0.7, 1.05, 0.1, 0.35, 0.85, 1.15, 0.6, 0.25 };
	/** Kill moments of the second kind: milliseconds after the temporary file appeared. */
	static final long[] AFTER_TEMP_FILE_MS = { 0, 2, 5, 10, 20, 40 };
	/** Kill moments of the third kind: milliseconds after the move put the new file in place. */
	static final long[] AFTER_MOVE_MS = { 0, 1, 3 };
	/** Guards against a hung child; never a measurement. */
	static final long READY_TIMEOUT_S = 180;
	static final long SAVE_TIMEOUT_S = 120;
	/**
	 * How long to wait for the folder to show the event of a trigger; the child saves all the time, so it comes within
	 * a save or two. If it does not (a save that makes no temporary file), the kill happens anyway, and what it left
	 * decides.
	 */
	static final long TRIGGER_WAIT_S = 10;
	static final String TARGET = "large.catalog";
	static final String TEMPORARY_PREFIX = "." + TARGET;

	@TempDir
	static Path work;

	private static Bundle editor;

	@BeforeAll
	static void findTheEditorBundle() {
		editor = Services.bundle("org.endpointatlas.catalog.editor");
	}

	@Test
	void aKilledSaveLeavesTheOldOrTheNewFileNeverAPartialOne() throws Exception {
		Path refs = Files.createDirectories(work.resolve("editor-refs"));
		long start = System.nanoTime();
		List<Kill> kills = new ArrayList<>();
		int midWrite = 0;
		for (int i = 0; i < MAX_KILLS && (kills.size() < MIN_KILLS || midWrite < MIN_MID_WRITE); i++) {
			int round = i / 3;
			Trigger trigger;
			if (i % 3 == 0) {
				trigger = Trigger.saveStarted(FRACTIONS[round % FRACTIONS.length]);
			} else if (i % 3 == 1) {
				trigger = Trigger.temporaryFileCreated(AFTER_TEMP_FILE_MS[round % AFTER_TEMP_FILE_MS.length]);
			} else {
				trigger = Trigger.targetReplaced(AFTER_MOVE_MS[round % AFTER_MOVE_MS.length]);
			}
			Kill kill = killOnce(SaveLoop.EDITOR, refs, i, 1 + round % 2, trigger);
			kills.add(kill);
			assertNull(kill.problem(), kill::toString);
			if (kill.tempFiles > 0) {
				midWrite++;
			}
		}
		long seconds = (System.nanoTime() - start) / 1_000_000_000;
		long inSave = kills.stream().filter(k -> k.lastStarted > k.lastSaved).count();
		long newer = kills.stream().filter(k -> k.lastStarted > k.lastSaved && k.version == versionOf(k.lastStarted)).count();
		System.out.printf("KillDuringSaveTest: %d kills in %d s, target %,d/%,d bytes (A/B); %d in the middle of writing (a temporary file"
				+ " was left); %d while a save was reported started and not done (the target held the new version %d times, the old one %d"
				+ " times), %d between saves; kills (trigger@delay:version left, * = temporary file left): %s%n", kills.size(), seconds,
				Files.size(refs.resolve("A")), Files.size(refs.resolve("B")), midWrite, inSave, newer, inSave - newer, kills.size() - inSave,
				kills.stream().map(Kill::brief).collect(Collectors.joining(" ")));
		assertTrue(midWrite >= MIN_MID_WRITE, "only " + midWrite + " of " + kills.size() + " kills hit a save in the middle of writing: " + kills);
	}

	/** The same harness, with a save straight into the target: a kill in the middle of it leaves a torn file. */
	@Test
	void negativeControlAPlainWriteKilledTheSameWayLeavesATornFile() throws Exception {
		Path refs = Files.createDirectories(work.resolve("plain-refs"));
		List<Kill> kills = new ArrayList<>();
		Kill torn = null;
		for (int i = 0; i < NEGATIVE_CONTROL_MAX_KILLS && torn == null; i++) {
			// as soon as the target changes: the plain write has truncated it and is writing into it
			Kill kill = killOnce(SaveLoop.PLAIN, refs, i, 1 + i % 2, Trigger.targetModified());
			kills.add(kill);
			if (kill.problem() != null) {
				torn = kill;
			}
		}
		System.out.println("KillDuringSaveTest negative control: " + kills.size() + " kill(s) of a plain write; the torn one: " + torn);
		assertNotNull(torn, "no kill of a plain write left a torn file, so the check could not tell: " + kills);
		byte[] target = Files.readAllBytes(torn.target);
		byte[] writing = Files.readAllBytes(refs.resolve(String.valueOf(versionOf(torn.lastStarted))));
		assertTrue(target.length < writing.length && Arrays.equals(target, Arrays.copyOf(writing, target.length)),
				"the torn file is a truncated copy of the version being written (" + target.length + " of " + writing.length + " bytes)");
	}

	/** When to kill: a fraction of a save after it started, or some milliseconds after the folder showed an event of it. */
	private record Trigger(String name, double fraction, Predicate<WatchEvent<?>> event, long delayMs) {

		static Trigger saveStarted(double fraction) {
			return new Trigger(String.format(Locale.ROOT, "%.2f", fraction), fraction, null, 0);
		}

		static Trigger temporaryFileCreated(long delayMs) {
			return new Trigger("temp+", 0, e -> e.kind() == StandardWatchEventKinds.ENTRY_CREATE && e.context().toString().startsWith(TEMPORARY_PREFIX),
					delayMs);
		}

		/** The move over the target shows as the target's creation. */
		static Trigger targetReplaced(long delayMs) {
			return new Trigger("moved+", 0, e -> e.kind() == StandardWatchEventKinds.ENTRY_CREATE && TARGET.equals(e.context().toString()), delayMs);
		}

		/** For the plain write: it truncates the target, then writes into it. */
		static Trigger targetModified() {
			return new Trigger("modified+", 0, e -> e.kind() == StandardWatchEventKinds.ENTRY_MODIFY && TARGET.equals(e.context().toString()), 0);
		}
	}

	/**
	 * Starts a child, waits until it reports save {@code n - 1} done and save {@code n} started ({@code n} = 1 or 2, so
	 * both directions are killed), kills it at the trigger's moment, and looks at the folder.
	 */
	private Kill killOnce(String mode, Path refs, int i, int n, Trigger trigger) throws Exception {
		Path folder = Files.createDirectories(work.resolve(mode + "-" + i));
		Path target = folder.resolve(TARGET);
		Kill kill = new Kill(mode, i, target, refs);
		kill.trigger = trigger.name();
		try (WatchService watch = FileSystems.getDefault().newWatchService();
				ChildJvm child = ChildJvm.start(SaveLoop.class, editor, List.of(mode, target.toString(), refs.resolve("A").toString(),
						refs.resolve("B").toString(), String.valueOf(AREAS), String.valueOf(PER_AREA)))) {
			WatchKey key = folder.register(watch, StandardWatchEventKinds.ENTRY_CREATE, StandardWatchEventKinds.ENTRY_MODIFY);
			child.awaitLine("READY", READY_TIMEOUT_S);
			String previous = child.awaitLine("SAVED " + (n - 1) + " ", SAVE_TIMEOUT_S);
			kill.previousSaveMs = Long.parseLong(previous.substring(previous.lastIndexOf(' ') + 1));
			child.awaitLine("SAVING " + n + " ", SAVE_TIMEOUT_S);
			if (trigger.event() == null) {
				kill.delayMs = Math.round(trigger.fraction() * kill.previousSaveMs);
			} else {
				// what the folder showed of earlier saves is stale; the next such event is this save's or the next one's
				key.pollEvents();
				key.reset();
				if (!awaitEvent(watch, trigger.event())) {
					kill.trigger += "(never seen)";
				}
				kill.delayMs = trigger.delayMs();
			}
			if (kill.delayMs > 0) {
				Thread.sleep(kill.delayMs);
			}
			assertTrue(child.isAlive(), () -> "the child ended by itself:\n" + child.transcript());
			kill.exitCode = child.kill();
			// how far the child got before it died: the last save it finished, and the last it started
			kill.lastSaved = n - 1;
			kill.lastStarted = n;
			for (String line : child.remainingLines()) {
				if (line.startsWith("SAVED ")) {
					kill.lastSaved = Integer.parseInt(line.split(" ")[1]);
				} else if (line.startsWith("SAVING ")) {
					kill.lastStarted = Integer.parseInt(line.split(" ")[1]);
				}
			}
		}
		kill.inspect();
		return kill;
	}

	/** Waits for an event of the folder; false when none came within {@value #TRIGGER_WAIT_S} s. */
	private static boolean awaitEvent(WatchService watch, Predicate<WatchEvent<?>> wanted) throws InterruptedException {
		long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(TRIGGER_WAIT_S);
		while (true) {
			long left = deadline - System.nanoTime();
			WatchKey key = left <= 0 ? null : watch.poll(left, TimeUnit.NANOSECONDS);
			if (key == null) {
				return false;
			}
			boolean found = key.pollEvents().stream().anyMatch(wanted);
			key.reset();
			if (found) {
				return true;
			}
		}
	}

	/** The version that save {@code n} writes: the set-up leaves A, and the saves alternate B, A, B, ... */
	static char versionOf(int n) {
		return n % 2 == 1 ? 'B' : 'A';
	}

	/** One kill and what it left. */
	private static final class Kill {
		final String mode;
		final int index;
		final Path target;
		final Path refs;
		String trigger;
		long previousSaveMs;
		long delayMs;
		int exitCode;
		/** The number of the last save the child reported done, and of the last it reported started. */
		int lastSaved;
		int lastStarted;
		/** A or B, or '?' when the target is neither. */
		char version = '?';
		int tempFiles;
		final List<String> strangers = new ArrayList<>();
		String parseError;
		long size = -1;

		Kill(String mode, int index, Path target, Path refs) {
			this.mode = mode;
			this.index = index;
			this.target = target;
			this.refs = refs;
		}

		void inspect() throws IOException {
			try (Stream<Path> files = Files.list(target.getParent())) {
				for (Path file : files.collect(Collectors.toList())) {
					String name = file.getFileName().toString();
					if (name.equals(TARGET)) {
						continue;
					}
					if (name.startsWith(TEMPORARY_PREFIX) && name.endsWith(".tmp")) {
						tempFiles++;
					} else {
						strangers.add(name);
					}
				}
			}
			if (!Files.isRegularFile(target)) {
				return;
			}
			byte[] bytes = Files.readAllBytes(target);
			size = bytes.length;
			if (Arrays.equals(bytes, Files.readAllBytes(refs.resolve("A")))) {
				version = 'A';
			} else if (Arrays.equals(bytes, Files.readAllBytes(refs.resolve("B")))) {
				version = 'B';
			}
			try {
				Catalog catalog = CatalogFiles.loadCatalog(target);
				if (catalog.getAreas().size() != AREAS) {
					parseError = "it parses, but holds " + catalog.getAreas().size() + " areas instead of " + AREAS;
				} else if (version != '?' && !("kill-test-" + version).equals(catalog.getVersion())) {
					parseError = "it parses, but its version is " + catalog.getVersion();
				}
			} catch (CatalogLoadException e) {
				parseError = e.getMessage();
			}
		}

		/** What is wrong with what the kill left, or {@code null}. */
		String problem() {
			if (exitCode != 137 && !System.getProperty("os.name", "").startsWith("Windows")) {
				return "the child was not killed by SIGKILL (exit code " + exitCode + ", not 128 + 9)";
			}
			if (size < 0) {
				return "no file under the target name";
			}
			if (parseError != null) {
				return "the target does not parse completely: " + parseError;
			}
			if (version == '?') {
				return "the target (" + size + " bytes) is neither version A nor version B";
			}
			if (lastStarted == lastSaved && version != versionOf(lastSaved)) {
				return "the child had finished save " + lastSaved + " of version " + versionOf(lastSaved) + " and started no other, yet the target holds "
						+ version;
			}
			if (!strangers.isEmpty()) {
				return "files other than the target and temporary files next to it: " + strangers;
			}
			return null;
		}

		/** trigger@delay:what-was-left, e.g. {@code temp+@5ms:A*} (* = a temporary file was left). */
		String brief() {
			return trigger + "@" + delayMs + "ms:" + version + (tempFiles > 0 ? "*" : "");
		}

		@Override
		public String toString() {
			return mode + " kill " + index + " (" + trigger + "): " + delayMs + " ms after the trigger in save " + (lastStarted > lastSaved ? lastStarted : "-")
					+ " (previous save " + previousSaveMs + " ms); the child had finished save " + lastSaved + " and started " + lastStarted + "; target "
					+ size + " bytes = " + version + ", " + tempFiles + " temporary file(s), exit " + exitCode
					+ (problem() == null ? "" : "; PROBLEM: " + problem());
		}
	}
}
