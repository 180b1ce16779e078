package org.endpointatlas.catalog.fidelity.tests;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The Microsoft Learn markdown of the reference documents as classified lines, each with the heading of its section.
 * Only as much markdown as these documents use: YAML front matter, HTML comments (also across lines), code fences,
 * headings, DocFX tab headings ({@code # [Europe](#tab/europe)}, which do not start a section), block quotes,
 * bullets, table rows and paragraphs. Line numbers stay those of the file.
 */
final class MarkdownLines {

	enum Kind {
		HEADING, TAB, QUOTE, BULLET, TABLE_ROW, PARAGRAPH, BLANK
	}

	/**
	 * @param number line number in the file (1-based)
	 * @param section heading text of the section the line is in
	 * @param text for a bullet the item text after its marker, for a quote the text after the {@code >} markers,
	 *            otherwise the trimmed line
	 */
	record Line(int number, Kind kind, String section, String text) {
	}

	private static final Pattern COMMENT = Pattern.compile("<!--.*?-->", Pattern.DOTALL);
	private static final Pattern HEADING = Pattern.compile("^(#{1,6})\\s+(.*?)\\s*$");
	private static final Pattern TAB_HEADING = Pattern.compile("^\\[[^\\]]*\\]\\(#tab/[^)]*\\)$");
	private static final Pattern QUOTE = Pattern.compile("^\\s*(>\\s?)+(.*)$");
	private static final Pattern BULLET = Pattern.compile("^\\s*(?:[-*+]|\\d+\\.)\\s+(.*)$");

	private MarkdownLines() {
	}

	/**
	 * @param firstSection the section of the lines before the first heading: for an include file, the heading of the
	 *            page that includes it
	 */
	static List<Line> parse(String markdown, String firstSection) {
		String[] lines = withoutComments(markdown.replace("\r\n", "\n")).split("\n", -1);
		List<Line> result = new ArrayList<>();
		String section = firstSection;
		int start = 0;
		if (lines.length > 0 && lines[0].trim().equals("---")) { // YAML front matter
			start = 1;
			while (start < lines.length && !lines[start].trim().equals("---")) {
				start++;
			}
			start++;
		}
		boolean fenced = false;
		for (int i = start; i < lines.length; i++) {
			String raw = lines[i];
			int number = i + 1;
			if (raw.trim().startsWith("```")) {
				fenced = !fenced;
				continue;
			}
			if (fenced) {
				continue;
			}
			Matcher m;
			if ((m = HEADING.matcher(raw)).matches()) {
				String heading = m.group(2).replaceAll("\\s*#+$", "");
				if (TAB_HEADING.matcher(heading).matches()) {
					result.add(new Line(number, Kind.TAB, section, heading));
				} else {
					section = heading;
					result.add(new Line(number, Kind.HEADING, section, heading));
				}
			} else if ((m = QUOTE.matcher(raw)).matches()) {
				result.add(new Line(number, Kind.QUOTE, section, m.group(2).trim()));
			} else if ((m = BULLET.matcher(raw)).matches()) {
				result.add(new Line(number, Kind.BULLET, section, m.group(1).trim()));
			} else if (raw.contains("|")) {
				result.add(new Line(number, Kind.TABLE_ROW, section, raw.trim()));
			} else if (raw.isBlank()) {
				result.add(new Line(number, Kind.BLANK, section, ""));
			} else {
				result.add(new Line(number, Kind.PARAGRAPH, section, raw.trim()));
			}
		}
		return result;
	}

	/** Removes HTML comments but keeps their line breaks, so that line numbers do not move. */
	static String withoutComments(String markdown) {
		Matcher m = COMMENT.matcher(markdown);
		StringBuilder out = new StringBuilder();
		while (m.find()) {
			m.appendReplacement(out, Matcher.quoteReplacement(m.group().replaceAll("[^\n]", "")));
		}
		m.appendTail(out);
		return out.toString();
	}
}
