package org.endpointatlas.catalog.fidelity.tests;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.endpointatlas.catalog.fidelity.tests.MarkdownLines.Kind;
import org.endpointatlas.catalog.fidelity.tests.MarkdownLines.Line;

/**
 * Reads the entries (hosts and URLs) of the reference documents, one rule set per file ({@link #RULES}). A rule set
 * says which lines of the file hold entries and how to cut them out; everything else on the page (prose, links,
 * notes, examples, IP ranges, code) is not an entry. The rules are deliberately narrow: when Microsoft writes a page
 * differently, the pinned counts in {@code fidelity/sections.txt} fail instead of the extractor guessing.
 */
final class Extractor {

	/** How one file is read. */
	record FileRules(String document, String firstSection, Function<Line, List<String>> candidates) {
	}

	/** The reference documents under {@code seed/} (README.md describes them and holds no entries). */
	static final List<FileRules> RULES = List.of(
			// The page itself. Entries are backticked everywhere: in bullets (also with prose after them, or two in one
			// bullet), in the paragraphs of Delivery optimization and External notifications, and in the NOTE of
			// Configuration Manager console (the push-notification endpoint). What follows "For example:" is an
			// illustration (prod1.westus2.logic.azure.com), not an entry. Bold hosts in NOTEs are not entries.
			new FileRules("internet-endpoints.md", "Internet access requirements",
					line -> switch (line.kind()) {
						case BULLET, PARAGRAPH, QUOTE, TABLE_ROW -> backticked(beforeExample(line.text()));
						default -> List.of();
					}),
			// Service connection point: requirements (HTTPS TCP 443, proxy), a list of links to sections, and a TIP
			// that names go.microsoft.com and manage.microsoft.com as context of a known certificate issue. No list of
			// hosts, so only backticks outside block quotes count (there are none today).
			new FileRules("includes/internet-endpoints-service-connection-point.md", "Service connection point",
					line -> line.kind() == Kind.BULLET || line.kind() == Kind.PARAGRAPH ? backticked(line.text()) : List.of()),
			// Cloud services: backticked bullets and table cells. The introduction and the TIP use GraniteFalls... as
			// examples, and <prefix> alone explains the placeholder: paragraphs and quotes hold no entries.
			new FileRules("includes/internet-endpoints-cloud-services.md", "Cloud services",
					line -> line.kind() == Kind.BULLET || line.kind() == Kind.TABLE_ROW ? backticked(line.text()) : List.of()),
			new FileRules("includes/internet-endpoints-product-feedback.md", "In-console feedback",
					line -> line.kind() == Kind.BULLET ? backticked(line.text()) : List.of()),
			// Tenant attach: the two lists. The paragraph about the long-lived connection repeats
			// https://*.manage.microsoft.com from the first list; it is not a further entry.
			new FileRules("includes/internet-endpoints-tenant-attach.md", "Tenant attach",
					line -> line.kind() == Kind.BULLET ? backticked(line.text()) : List.of()),
			new FileRules("includes/internet-endpoints-endpoint-analytics.md", "Endpoint analytics",
					line -> line.kind() == Kind.TABLE_ROW ? backticked(line.text()) : List.of()),
			new FileRules("includes/internet-endpoints-deploy-microsoft-edge.md", "Deploy Microsoft Edge",
					line -> line.kind() == Kind.TABLE_ROW ? backticked(line.text()) : List.of()),
			// No longer included by the page; the heading it had there was "Desktop Analytics".
			new FileRules("includes/_retired-internet-endpoints-desktop-analytics.md", "Desktop Analytics",
					line -> line.kind() == Kind.TABLE_ROW ? backticked(line.text()) : List.of()),
			// Intune. Endpoint-set tables: backticked hosts in the Addresses column (the backticked IP list of set 163
			// is not a host). Scale-unit tables: plain host cells, several per cell separated by <br> (storage names
			// and ASU ids have no dot and are not hosts; "(azureedge.net domains will be disabled ...)" is a remark).
			// Bullets that start with a host: plain (Microsoft Store), escaped (\*.dm.microsoft.com - ...) or quoted
			// URLs ('https://intunemaape1...'). Single-quoted hosts in prose: the DHA endpoint
			// 'has.spserv.microsoft.com'. Not entries: notes (quotes), code blocks, links, the commented-out tables,
			// and "Varies by region, example: *sparkcdneus2.azureedge.net, ...*" (examples; the bullet starts with
			// prose).
			new FileRules("includes/intune-endpoints.md", "Network endpoints for Microsoft Intune",
					line -> switch (line.kind()) {
						case TABLE_ROW -> line.text().contains("`") ? backticked(line.text()) : plainCells(line.text());
						case BULLET -> leadingToken(line.text());
						case PARAGRAPH -> singleQuoted(line.text());
						default -> List.of();
					}),
			// Sovereign clouds: plain table cells (the IP columns are not hosts) and bullets "Name: https:\//host/path"
			// (one bullet gives two URLs joined by "and"). Prose hosts (manage.microsoft.com) are not entries.
			new FileRules("includes/intune-us-government-endpoints.md", "US government endpoints for Microsoft Intune",
					line -> switch (line.kind()) {
						case TABLE_ROW -> plainCells(line.text());
						case BULLET -> urls(line.text());
						default -> List.of();
					}),
			new FileRules("includes/intune-china-endpoints.md", "China endpoints for Microsoft Intune",
					line -> switch (line.kind()) {
						case TABLE_ROW -> plainCells(line.text());
						case BULLET -> urls(line.text());
						default -> List.of();
					}));

	/** Placeholders of the documents, by the name the catalog parameters use; any other becomes its slug. */
	private static final Map<String, String> PLACEHOLDERS = Map.of(
			"prefix", "prefix",
			"region", "region",
			"regionname", "logic-app-region",
			"fqdn for software update point on child site", "sup-child-fqdn",
			"fqdn for software update point on parent site", "sup-parent-fqdn");

	private static final Pattern BACKTICKED = Pattern.compile("`([^`]+)`");
	private static final Pattern EXAMPLE = Pattern.compile("(?i)\\bfor example:");
	private static final Pattern BR = Pattern.compile("(?i)<br\\s*/?>");
	private static final Pattern URL_TOKEN = Pattern.compile("https?:\\\\?//[^\\s'\"`<>|)]+");
	private static final Pattern SINGLE_QUOTED = Pattern.compile("'([^'\\s]+)'");
	private static final Pattern PLACEHOLDER = Pattern.compile("<([^<>]+)>");
	private static final Pattern URL = Pattern.compile("(?i)^(https?)://([^/?#:]+)(?::(\\d+))?([/?#].*)?$");
	/** Labels of letters, digits, hyphens and {placeholders}; a wildcard only as {@code *.} or {@code *-name.} first. */
	private static final Pattern HOST = Pattern
			.compile("^(\\*|\\*-[a-z0-9{}-]+|[a-z0-9{}][a-z0-9{}-]*)(\\.[a-z0-9{}][a-z0-9{}-]*)*$");
	private static final Pattern IPV4 = Pattern.compile("^\\d{1,3}(\\.\\d{1,3}){3}(/\\d{1,2})?$");

	private Extractor() {
	}

	static FileRules rules(String document) {
		return RULES.stream().filter(r -> r.document().equals(document)).findFirst()
				.orElseThrow(() -> new IllegalArgumentException("no extraction rules for " + document));
	}

	/** The entries of one document, in document order. */
	static List<DocumentEntry> extract(String document, String markdown) {
		FileRules rules = rules(document);
		List<DocumentEntry> entries = new ArrayList<>();
		for (Line line : MarkdownLines.parse(markdown, rules.firstSection())) {
			for (String candidate : rules.candidates().apply(line)) {
				parse(candidate).map(e -> new DocumentEntry(document, line.section(), line.number(), e.scheme(), e.host(),
						e.port(), e.path())).ifPresent(entries::add);
			}
		}
		return entries;
	}

	/** The section headings of one document, in order, starting with the first section. */
	static List<String> sections(String document, String markdown) {
		FileRules rules = rules(document);
		List<String> headings = MarkdownLines.parse(markdown, rules.firstSection()).stream()
				.filter(l -> l.kind() == Kind.HEADING).map(Line::section).toList();
		List<String> sections = new ArrayList<>();
		if (headings.isEmpty() || !headings.get(0).equals(rules.firstSection())) { // a page's title is its first heading
			sections.add(rules.firstSection());
		}
		sections.addAll(headings);
		return sections;
	}

	// --- cutting candidates out of a line

	static List<String> backticked(String text) {
		List<String> spans = new ArrayList<>();
		Matcher m = BACKTICKED.matcher(text);
		while (m.find()) {
			spans.add(m.group(1));
		}
		return spans;
	}

	static String beforeExample(String text) {
		Matcher m = EXAMPLE.matcher(text);
		return m.find() ? text.substring(0, m.start()) : text;
	}

	/** First word of every {@code <br>}-separated piece of every cell. */
	static List<String> plainCells(String row) {
		List<String> words = new ArrayList<>();
		for (String cell : row.split("\\|")) {
			for (String piece : BR.split(cell)) {
				String trimmed = piece.trim();
				if (!trimmed.isEmpty()) {
					words.add(trimmed.split("\\s+")[0]);
				}
			}
		}
		return words;
	}

	/** The first word of a bullet, when the bullet starts with a host or URL (parse() rejects prose). */
	static List<String> leadingToken(String bullet) {
		String first = bullet.split("\\s+")[0];
		return List.of(first.replaceAll("[,;]$", ""));
	}

	static List<String> urls(String text) {
		List<String> urls = new ArrayList<>();
		Matcher m = URL_TOKEN.matcher(text);
		while (m.find()) {
			urls.add(m.group());
		}
		return urls;
	}

	static List<String> singleQuoted(String text) {
		List<String> quoted = new ArrayList<>();
		Matcher m = SINGLE_QUOTED.matcher(text);
		while (m.find()) {
			quoted.add(m.group(1));
		}
		return quoted;
	}

	// --- turning a candidate into an entry

	/** A host or URL in catalog form, or empty when the candidate is not one (prose, IP range, bare placeholder). */
	static Optional<DocumentEntry> parse(String candidate) {
		String s = candidate.trim().replace("\\*", "*").replace(":\\//", "://");
		if (s.length() > 1 && (s.startsWith("'") && s.endsWith("'") || s.startsWith("\"") && s.endsWith("\""))) {
			s = s.substring(1, s.length() - 1);
		}
		s = placeholders(s);
		String scheme = null;
		Integer port = null;
		String path = null;
		String host = s;
		Matcher url = URL.matcher(s);
		if (url.matches()) {
			scheme = url.group(1).toLowerCase(Locale.ROOT);
			host = url.group(2);
			port = url.group(3) == null ? null : Integer.valueOf(url.group(3));
			path = url.group(4) == null || url.group(4).equals("/") ? null : url.group(4);
		}
		host = host.toLowerCase(Locale.ROOT);
		boolean placeholderOnly = host.matches("\\{[^}]+\\}");
		if (!HOST.matcher(host).matches() || IPV4.matcher(host).matches()
				|| !host.contains(".") && !(scheme != null && placeholderOnly)) {
			return Optional.empty();
		}
		return Optional.of(new DocumentEntry(null, null, 0, scheme, host, port, path));
	}

	/** {@code <prefix>} becomes {@code {prefix}}; {@code <FQDN for software update point on child site>} {@code {sup-child-fqdn}}. */
	static String placeholders(String s) {
		Matcher m = PLACEHOLDER.matcher(s);
		StringBuilder out = new StringBuilder();
		while (m.find()) {
			String name = m.group(1).trim().toLowerCase(Locale.ROOT);
			String mapped = PLACEHOLDERS.getOrDefault(name, name.replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", ""));
			m.appendReplacement(out, Matcher.quoteReplacement("{" + mapped + "}"));
		}
		m.appendTail(out);
		return out.toString();
	}
}
