package org.endpointatlas.export.internal;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

import org.endpointatlas.core.EffectiveCatalog;
import org.endpointatlas.core.EffectiveEndpoint;
import org.endpointatlas.core.pattern.HostPattern;
import org.endpointatlas.export.AllowlistExporter;
import org.endpointatlas.export.ExportContext;
import org.endpointatlas.export.ExportHeader;
import org.endpointatlas.export.ExportableEntries;
import org.endpointatlas.export.InvalidExportOptionException;
import org.osgi.service.component.annotations.Component;

/**
 * A proxy auto-config file, {@code FindProxyForURL(url, host)}: catalog hosts return {@code --pac-match ACTION}
 * (default {@code DIRECT}), every other host {@code --pac-default ACTION} (default {@code PROXY proxy:8080}), as
 * Get-PacFile does.
 * <ul>
 * <li>Hosts are compared exactly; {@code *.x} is {@code dnsDomainIs(host, ".x")}, which matches below {@code x} but not
 * {@code x} itself (the apex is listed only when the catalog lists it); a mid-label {@code *-name.x} matches one label
 * that ends with {@code -name}, never a dot.</li>
 * <li>A PAC file sees the host only: paths, ports and schemes are not expressed (warned), and entries with no web
 * port (UDP 123) are left out (warned).</li>
 * <li>Host strings were validated at load; every string literal is escaped again for JavaScript, and the actions are
 * checked against the PAC return-value grammar.</li>
 * </ul>
 */
@Component(property = { AllowlistExporter.FORMAT + "=pac",
		AllowlistExporter.DESCRIPTION + "=proxy auto-config (FindProxyForURL); --pac-match ACTION, --pac-default ACTION" })
public class PacExporter implements AllowlistExporter {

	static final String MATCH_OPTION = "pac-match";
	static final String DEFAULT_OPTION = "pac-default";
	static final String DEFAULT_MATCH = "DIRECT";
	static final String DEFAULT_DEFAULT = "PROXY proxy:8080";

	private static final String HOST = "[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?(?:\\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?)*";
	private static final String ENDPOINT = "(?:" + HOST + "|\\[[0-9A-Fa-f:.]{2,45}\\]):[0-9]{1,5}";
	private static final String ITEM = "(?:DIRECT|(?:PROXY|HTTP|HTTPS|SOCKS|SOCKS4|SOCKS5) " + ENDPOINT + ")";
	/** A PAC return value: one or more items separated by {@code ;} (Netscape's PAC specification). */
	static final Pattern ACTION = Pattern.compile(ITEM + "(?:; ?" + ITEM + ")*", Pattern.CASE_INSENSITIVE);

	@Override
	public void export(EffectiveCatalog catalog, ExportContext context, Writer out) throws IOException {
		String match = action(context, MATCH_OPTION, DEFAULT_MATCH);
		String fallback = action(context, DEFAULT_OPTION, DEFAULT_DEFAULT);
		List<String> exact = new ArrayList<>();
		Set<String> domains = new TreeSet<>();
		Set<String> labelSuffixes = new TreeSet<>();
		Approximations approximations = new Approximations("pac");
		for (EffectiveEndpoint endpoint : ExportableEntries.of(catalog, context)) {
			WebAccess access = WebAccess.of(endpoint);
			if (!access.isWeb()) {
				approximations.add("left out, no web port (a PAC file routes web requests only)", endpoint.getPattern() + " " + access.nonWebPorts());
				continue;
			}
			if (endpoint.getPathAndQuery() != null) {
				approximations.add("paths become the whole host (browsers give a PAC file the host only for https)",
						endpoint.getPattern() + endpoint.getPathAndQuery());
			}
			HostPattern pattern = endpoint.getHostPattern();
			if (pattern.isWildcard()) {
				domains.add("." + pattern.domain());
			} else if (pattern.isMidLabelWildcard()) {
				labelSuffixes.add(pattern.text().substring(1));
			} else {
				exact.add(pattern.text());
			}
		}
		approximations.report(context);
		write(out, catalog, match, fallback, Sorted.unique(exact), domains, labelSuffixes);
	}

	private static String action(ExportContext context, String option, String defaultValue) {
		String value = context.option(option, defaultValue).trim();
		if (!ACTION.matcher(value).matches()) {
			throw new InvalidExportOptionException("--" + option + " needs a PAC action such as \"DIRECT\" or \"PROXY proxy.example.com:8080\""
					+ " (items DIRECT, PROXY|HTTP|HTTPS|SOCKS|SOCKS4|SOCKS5 host:port, separated by \"; \"), got \""
					+ ExportHeader.singleLine(value) + "\"");
		}
		return value;
	}

	private static void write(Writer out, EffectiveCatalog catalog, String match, String fallback, List<String> hosts, Set<String> domains,
			Set<String> labelSuffixes) throws IOException {
		ExportHeader.writeComments(out, catalog, "// ");
		out.write("//\n");
		out.write("// Catalog hosts return MATCH, every other host returns DEFAULT. Matching is by host only: a PAC file\n");
		out.write("// does not see ports, and browsers hide https paths from it. \"*.example.com\" matches hosts below\n");
		out.write("// example.com, not example.com itself: the bare domain is in HOSTS only where the catalog lists it.\n");
		out.write("var MATCH = " + js(match) + ";\n");
		out.write("var DEFAULT = " + js(fallback) + ";\n\n");
		out.write("// exact hosts, keyed with a leading \"=\" so that no host can name an inherited property\n");
		out.write("var HOSTS = {");
		String separator = "\n";
		for (String host : hosts) {
			out.write(separator + "  " + js("=" + host) + ": true");
			separator = ",\n";
		}
		out.write(hosts.isEmpty() ? "};\n\n" : "\n};\n\n");
		out.write("// \"*.example.com\" wildcards, matched with dnsDomainIs(host, \".example.com\")\n");
		writeArray(out, "DOMAINS", domains);
		out.write("// mid-label wildcards \"*-name.example.com\": one label that ends with \"-name\", then \".example.com\"\n");
		writeArray(out, "LABEL_SUFFIXES", labelSuffixes);
		out.write(String.join("\n", //
				"function FindProxyForURL(url, host) {", //
				"  var h = String(host).toLowerCase();", //
				"  if (h.length > 1 && h.charAt(h.length - 1) == \".\") {", //
				"    h = h.substring(0, h.length - 1);", //
				"  }", //
				"  if (!/^[a-z0-9-]+(\\.[a-z0-9-]+)*$/.test(h)) {", //
				"    return DEFAULT;", //
				"  }", //
				"  if (HOSTS[\"=\" + h] === true) {", //
				"    return MATCH;", //
				"  }", //
				"  for (var i = 0; i < DOMAINS.length; i++) {", //
				"    if (dnsDomainIs(h, DOMAINS[i])) {", //
				"      return MATCH;", //
				"    }", //
				"  }", //
				"  for (var j = 0; j < LABEL_SUFFIXES.length; j++) {", //
				"    var p = h.length - LABEL_SUFFIXES[j].length;", //
				"    if (p > 0 && h.substring(p) == LABEL_SUFFIXES[j] && /^[a-z0-9-]+$/.test(h.substring(0, p))) {", //
				"      return MATCH;", //
				"    }", //
				"  }", //
				"  return DEFAULT;", //
				"}", ""));
	}

	private static void writeArray(Writer out, String name, Set<String> values) throws IOException {
		out.write("var " + name + " = [");
		String separator = "\n";
		for (String value : values) {
			out.write(separator + "  " + js(value));
			separator = ",\n";
		}
		out.write(values.isEmpty() ? "];\n\n" : "\n];\n\n");
	}

	/**
	 * A JavaScript string literal. Only letters, digits and {@code . - : ; _ = *} and space stay as they are; everything
	 * else, quotes, backslashes, {@code <}, {@code /}, line terminators (including U+2028/2029) and non-ASCII, becomes a
	 * {@code \}{@code uXXXX} escape, so the literal can neither end early nor close a surrounding {@code <script>}.
	 */
	static String js(String value) {
		StringBuilder out = new StringBuilder(value.length() + 2).append('"');
		for (int i = 0; i < value.length(); i++) {
			char c = value.charAt(i);
			if (c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || ".-:;_=* ".indexOf(c) >= 0) {
				out.append(c);
			} else {
				out.append(String.format("\\u%04x", (int) c));
			}
		}
		return out.append('"').toString();
	}
}
