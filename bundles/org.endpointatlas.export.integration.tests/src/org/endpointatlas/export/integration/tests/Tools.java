package org.endpointatlas.export.integration.tests;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The real consumers, from Debian: squid, python3 with pacparser and jsonschema, and jq. releng/test.sh installs them,
 * so in CI they are there; a developer machine without them skips the consumer tests with a message that says what to
 * install.
 */
final class Tools {

	static final Path SQUID = Path.of("/usr/sbin/squid");
	/** Debian's python3: the python3-* packages install into its dist-packages, not into a pyenv or venv python. */
	static final Path PYTHON = Path.of("/usr/bin/python3");
	static final Path JQ = Path.of("/usr/bin/jq");

	/** What a process gave. */
	static final class Run {
		final int code;
		final String out;
		final String err;

		Run(int code, String out, String err) {
			this.code = code;
			this.out = out;
			this.err = err;
		}
	}

	private Tools() {
	}

	static void assumeExecutable(Path tool, String aptPackage) {
		assumeTrue(Files.isExecutable(tool), tool + " is missing: apt-get install -y " + aptPackage + " (releng/test.sh installs it)");
	}

	static void assumePythonModule(String module, String aptPackage) throws Exception {
		assumeExecutable(PYTHON, "python3");
		Run run = run(List.of(PYTHON.toString(), "-c", "import " + module), null, 60);
		assumeTrue(run.code == 0, "python3 module " + module + " is missing: apt-get install -y " + aptPackage
				+ " (releng/test.sh installs it)");
	}

	/** Runs a command to its end (at most {@code seconds}), feeding {@code input} to stdin. */
	static Run run(List<String> command, String input, int seconds) throws IOException, InterruptedException {
		Path outFile = Files.createTempFile("tool", ".out");
		Path errFile = Files.createTempFile("tool", ".err");
		try {
			ProcessBuilder builder = new ProcessBuilder(command).redirectOutput(outFile.toFile()).redirectError(errFile.toFile());
			builder.environment().put("LC_ALL", "C.UTF-8");
			Process process = builder.start();
			if (input != null) {
				process.getOutputStream().write(input.getBytes(StandardCharsets.UTF_8));
			}
			process.getOutputStream().close();
			boolean done = process.waitFor(seconds, TimeUnit.SECONDS);
			if (!done) {
				process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
			}
			assertTrue(done, String.join(" ", command) + " did not finish within " + seconds + " s");
			return new Run(process.exitValue(), Files.readString(outFile, StandardCharsets.UTF_8), Files.readString(errFile, StandardCharsets.UTF_8));
		} finally {
			Files.deleteIfExists(outFile);
			Files.deleteIfExists(errFile);
		}
	}
}
