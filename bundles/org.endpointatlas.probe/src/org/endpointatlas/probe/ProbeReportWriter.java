package org.endpointatlas.probe;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * The output formats of a probe: {@code table} (for people, grouped by outcome), {@code json} (an array of results;
 * schema in {@code schema/probe-results.schema.json} of this bundle) and {@code junit} (JUnit XML, one test case per
 * endpoint and port, for CI pipelines: failed results are failures, {@code NOT_TESTABLE_*} and {@code CANCELLED}
 * results are skipped, since the probe learned nothing about the network for them).
 */
public final class ProbeReportWriter {

	/** The format names, in the order the help lists them. */
	public static final List<String> FORMATS = List.of("table", "json", "junit");

	private ProbeReportWriter() {
	}

	/** Writes {@code report} in {@code format}, one of {@link #FORMATS}. */
	public static void write(String format, ProbeReport report, Writer out) throws IOException {
		switch (format) {
		case "json":
			json(report, out);
			break;
		case "junit":
			junit(report, out);
			break;
		case "table":
			table(report, out);
			break;
		default:
			throw new IllegalArgumentException("unknown format " + format);
		}
		out.flush();
	}

	// ---- json ----

	/** An array of results, as {@code schema/probe-results.schema.json} describes. */
	public static void json(ProbeReport report, Writer out) throws IOException {
		out.write("[");
		String separator = "\n";
		for (ProbeResult r : report.getResults()) {
			out.write(separator);
			separator = ",\n";
			out.write("  {");
			Fields f = new Fields(out);
			f.string("endpoint", r.getEndpoint());
			f.string("host", r.getHost());
			f.raw("port", r.getPort() > 0 ? String.valueOf(r.getPort()) : "null");
			f.string("transport", r.getTransport());
			f.string("scheme", r.getScheme());
			f.strings("areas", r.getAreas());
			f.raw("required", String.valueOf(r.isRequired()));
			f.string("outcome", r.getOutcome().name());
			f.string("stage", r.getStage().id());
			f.raw("failed", String.valueOf(r.isFailed()));
			StringBuilder elapsed = new StringBuilder("{");
			r.getElapsedMs().forEach((stage, ms) -> elapsed.append(elapsed.length() > 1 ? ", " : "").append(quote(stage.id())).append(": ").append(ms));
			f.raw("elapsedMs", elapsed.append("}").toString());
			f.raw("totalMs", String.valueOf(r.getTotalMs()));
			f.strings("addresses", r.getAddresses());
			f.string("proxy", r.getProxy().orElse(null));
			f.string("tlsVersion", r.getTlsVersion().orElse(null));
			f.string("tlsCipher", r.getTlsCipher().orElse(null));
			StringBuilder chain = new StringBuilder("[");
			for (ChainCertificate c : r.getChain()) {
				chain.append(chain.length() > 1 ? ", " : "").append("{\"subject\": ").append(quote(c.getSubject())).append(", \"issuer\": ")
						.append(quote(c.getIssuer())).append(", \"sha256\": ").append(quote(c.getSha256())).append(", \"notAfter\": ")
						.append(c.getNotAfter() == null ? "null" : quote(c.getNotAfter().toString())).append("}");
			}
			f.raw("chain", chain.append("]").toString());
			f.raw("httpStatus", r.getHttpStatus().map(String::valueOf).orElse("null"));
			f.strings("redirects", r.getRedirects());
			f.string("finalUrl", r.getFinalUrl().orElse(null));
			f.raw("finalHostInCatalog", r.getFinalHostInCatalog().map(String::valueOf).orElse("null"));
			f.string("detail", r.getDetail());
			out.write("}");
		}
		out.write(report.getResults().isEmpty() ? "]\n" : "\n]\n");
	}

	private static final class Fields {
		private final Writer out;
		private boolean first = true;

		Fields(Writer out) {
			this.out = out;
		}

		void raw(String name, String json) throws IOException {
			out.write(first ? "" : ", ");
			first = false;
			out.write(quote(name));
			out.write(": ");
			out.write(json);
		}

		void string(String name, String value) throws IOException {
			raw(name, value == null ? "null" : quote(value));
		}

		void strings(String name, List<String> values) throws IOException {
			StringBuilder array = new StringBuilder("[");
			values.forEach(v -> array.append(array.length() > 1 ? ", " : "").append(quote(v)));
			raw(name, array.append("]").toString());
		}
	}

	/** A JSON string literal. */
	static String quote(String text) {
		StringBuilder s = new StringBuilder("\"");
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			switch (c) {
			case '"':
				s.append("\\\"");
				break;
			case '\\':
				s.append("\\\\");
				break;
			case '\n':
				s.append("\\n");
				break;
			case '\r':
				s.append("\\r");
				break;
			case '\t':
				s.append("\\t");
				break;
			default:
				if (c < 0x20 || c == 0x2028 || c == 0x2029) {
					s.append(String.format("\\u%04x", (int) c));
				} else {
					s.append(c);
				}
			}
		}
		return s.append('"').toString();
	}

	// ---- junit ----

	/** JUnit XML: one test case per endpoint and port; see the class comment for failures and skips. */
	public static void junit(ProbeReport report, Writer out) throws IOException {
		List<ProbeResult> results = report.getResults();
		long failures = results.stream().filter(ProbeResult::isFailed).count();
		long skipped = results.stream().filter(ProbeReportWriter::isSkipped).count();
		String time = seconds(report.getElapsedMs());
		out.write("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
		out.write("<testsuites name=\"endpoint-atlas probe\" tests=\"" + results.size() + "\" failures=\"" + failures + "\" errors=\"0\" skipped=\""
				+ skipped + "\" time=\"" + time + "\">\n");
		out.write("  <testsuite name=\"endpoint-atlas probe\" tests=\"" + results.size() + "\" failures=\"" + failures
				+ "\" errors=\"0\" skipped=\"" + skipped + "\" time=\"" + time + "\" timestamp=\"" + xml(report.getStarted().toString()) + "\">\n");
		if (report.getCatalogVersion() != null) {
			out.write("    <properties><property name=\"catalogVersion\" value=\"" + xml(report.getCatalogVersion()) + "\"/></properties>\n");
		}
		for (ProbeResult r : results) {
			String classname = r.getAreas().isEmpty() ? "endpoint-atlas" : String.join(",", r.getAreas());
			String name = r.target() + (r.getEndpoint().equals(r.getHost()) ? "" : " (" + r.getEndpoint() + ")");
			out.write("    <testcase classname=\"" + xml(classname) + "\" name=\"" + xml(name) + "\" time=\"" + seconds(r.getTotalMs()) + "\">");
			String message = r.getOutcome().name() + " at " + r.getStage().id() + ": " + r.getDetail();
			if (r.isFailed()) {
				out.write("\n      <failure type=\"" + r.getOutcome().name() + "\" message=\"" + xml(message) + "\">" + xml(evidence(r)) + "</failure>\n    ");
			} else if (isSkipped(r)) {
				out.write("\n      <skipped message=\"" + xml(message) + "\"/>\n    ");
			} else if (r.getOutcome() != Outcome.OK) {
				out.write("\n      <system-out>" + xml(message + (r.isRequired() ? "" : " (not required)")) + "</system-out>\n    ");
			}
			out.write("</testcase>\n");
		}
		out.write("  </testsuite>\n</testsuites>\n");
	}

	/** Nothing was learned about the network: not testable, or cancelled (never failed; see {@link ProbeResult#isFailed()}). */
	private static boolean isSkipped(ProbeResult r) {
		return r.getOutcome().isNotTestable() || r.getOutcome() == Outcome.CANCELLED;
	}

	private static String evidence(ProbeResult r) {
		StringBuilder text = new StringBuilder();
		text.append("outcome: ").append(r.getOutcome()).append("\nstage: ").append(r.getStage().id());
		text.append("\nelapsedMs: ").append(r.getElapsedMs());
		if (!r.getAddresses().isEmpty()) {
			text.append("\naddresses: ").append(String.join(", ", r.getAddresses()));
		}
		r.getProxy().ifPresent(p -> text.append("\nproxy: ").append(p));
		r.getTlsVersion().ifPresent(v -> text.append("\ntls: ").append(v).append(" ").append(r.getTlsCipher().orElse("")));
		r.getChain().forEach(c -> text.append("\ncertificate: ").append(c.getSubject()).append(" (issuer ").append(c.getIssuer()).append(")"));
		r.getHttpStatus().ifPresent(s -> text.append("\nhttpStatus: ").append(s));
		r.getRedirects().forEach(l -> text.append("\nredirect: ").append(l));
		text.append("\ndetail: ").append(r.getDetail());
		return text.toString();
	}

	private static String seconds(long ms) {
		return String.format(Locale.ROOT, "%.3f", ms / 1000.0);
	}

	static String xml(String text) {
		StringBuilder s = new StringBuilder();
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			switch (c) {
			case '<':
				s.append("&lt;");
				break;
			case '>':
				s.append("&gt;");
				break;
			case '&':
				s.append("&amp;");
				break;
			case '"':
				s.append("&quot;");
				break;
			case '\'':
				s.append("&apos;");
				break;
			default:
				if (c < 0x20 && c != '\n' && c != '\t' && c != '\r') {
					s.append('?');
				} else {
					s.append(c);
				}
			}
		}
		return s.toString();
	}

	// ---- table ----

	/**
	 * Groups by outcome: failures first, then the cancelled ones, other non-OK outcomes, OK, and not testable last;
	 * then a summary line.
	 */
	public static void table(ProbeReport report, Writer out) throws IOException {
		Map<Integer, Map<Outcome, List<ProbeResult>>> groups = new TreeMap<>();
		for (ProbeResult r : report.getResults()) {
			groups.computeIfAbsent(tableRank(r), k -> new TreeMap<>()).computeIfAbsent(r.getOutcome(), k -> new ArrayList<>()).add(r);
		}
		String[] titles = { "failed", "not probed to the end: the run was stopped", "reported (not failing the run)", "ok", "not testable" };
		for (Map.Entry<Integer, Map<Outcome, List<ProbeResult>>> group : groups.entrySet()) {
			for (Map.Entry<Outcome, List<ProbeResult>> byOutcome : group.getValue().entrySet()) {
				out.write(byOutcome.getKey().name() + " (" + byOutcome.getValue().size() + ", " + titles[group.getKey()] + ")\n");
				List<String[]> rows = new ArrayList<>();
				rows.add(new String[] { "TARGET", "ENDPOINT", "STAGE", "MS", "REQ", "DETAIL" });
				byOutcome.getValue().stream().sorted(Comparator.comparing(ProbeResult::target)).forEach(r -> rows.add(new String[] {
						r.target(), r.getEndpoint(), r.getStage().id(), String.valueOf(r.getTotalMs()), r.isRequired() ? "yes" : "no", r.getDetail() }));
				printRows(rows, out);
				out.write("\n");
			}
		}
		Map<Outcome, Integer> counts = report.countByOutcome();
		long failed = report.getResults().stream().filter(ProbeResult::isFailed).count();
		StringBuilder summary = new StringBuilder();
		summary.append(report.getResults().size()).append(" probed in ").append(report.getElapsedMs()).append(" ms: ");
		summary.append(counts.getOrDefault(Outcome.OK, 0)).append(" ok, ").append(failed).append(" failed");
		long notTestable = report.getResults().stream().filter(r -> r.getOutcome().isNotTestable()).count();
		summary.append(", ").append(notTestable).append(" not testable");
		if (report.isCancelled()) {
			summary.append(", ").append(counts.get(Outcome.CANCELLED)).append(" cancelled; the run was stopped before it finished");
		}
		if (report.isDeadlineReached()) {
			summary.append("; the run's deadline ended it early");
		}
		out.write(summary.append("\n").toString());
	}

	/** The index of a result's group in {@link #table}. */
	private static int tableRank(ProbeResult r) {
		if (r.isFailed()) {
			return 0;
		}
		if (r.getOutcome() == Outcome.CANCELLED) {
			return 1;
		}
		if (r.getOutcome().isNotTestable()) {
			return 4;
		}
		return r.getOutcome() == Outcome.OK ? 3 : 2;
	}

	private static void printRows(List<String[]> rows, Writer out) throws IOException {
		int[] widths = new int[rows.get(0).length];
		for (String[] row : rows) {
			for (int i = 0; i < row.length - 1; i++) {
				widths[i] = Math.max(widths[i], row[i].length());
			}
		}
		for (String[] row : rows) {
			StringBuilder line = new StringBuilder("  ");
			for (int i = 0; i < row.length; i++) {
				line.append(i == row.length - 1 ? row[i] : String.format("%-" + (widths[i] + 2) + "s", row[i]));
			}
			out.write(line.toString().stripTrailing() + "\n");
		}
	}
}
