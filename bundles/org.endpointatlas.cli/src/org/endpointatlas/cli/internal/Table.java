package org.endpointatlas.cli.internal;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;

/** A plain text table with a header row and columns padded to their widest cell. */
final class Table {

	private final List<String[]> rows = new ArrayList<>();

	Table(String... header) {
		rows.add(header);
	}

	Table row(Object... cells) {
		String[] text = new String[cells.length];
		for (int i = 0; i < cells.length; i++) {
			text[i] = String.valueOf(cells[i]);
		}
		rows.add(text);
		return this;
	}

	void print(PrintStream out) {
		int[] widths = new int[rows.get(0).length];
		for (String[] row : rows) {
			for (int i = 0; i < row.length; i++) {
				widths[i] = Math.max(widths[i], row[i].length());
			}
		}
		for (String[] row : rows) {
			StringBuilder line = new StringBuilder();
			for (int i = 0; i < row.length; i++) {
				line.append(i == row.length - 1 ? row[i] : String.format("%-" + (widths[i] + 2) + "s", row[i]));
			}
			out.println(line.toString().stripTrailing());
		}
	}
}
