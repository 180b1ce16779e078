package org.endpointatlas.cli;

import java.io.PrintStream;
import java.util.List;

/**
 * The headless front end: runs one {@code endpoint-atlas} command (ARCHITECTURE §5) and returns its exit code: 0 done,
 * 1 a negative answer, 2 usage or bad input (with one line on {@code err}).
 */
public interface CommandLine {

	int run(List<String> args, PrintStream out, PrintStream err);
}
