package org.endpointatlas.export.internal;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Pattern;

import org.endpointatlas.core.EffectiveCatalog;
import org.endpointatlas.core.EffectiveEndpoint;
import org.endpointatlas.core.PortSpec;
import org.endpointatlas.core.pattern.HostPattern;
import org.endpointatlas.export.AllowlistExporter;
import org.endpointatlas.export.ExportContext;
import org.endpointatlas.export.ExportHeader;
import org.endpointatlas.export.ExportableEntries;
import org.endpointatlas.export.InvalidExportOptionException;
import org.osgi.service.component.annotations.Component;

/**
 * An include file for squid 5: {@code include FILE} followed by {@code http_access deny all} allows exactly the
 * catalog. It defines one ACL, {@code endpoint_atlas_allow} or {@code --squid-acl NAME}, that other directives can use
 * too ({@code ssl_bump splice NAME} with {@code --constraint no-tls-inspection}), and {@code http_access allow NAME}.
 * <ul>
 * <li>Per port and mode, hosts become {@code dstdomain} entries: {@code *.x} is {@code .x}, which squid also matches
 * for {@code x} itself (warned); entries that a {@code .x} already covers are collapsed, because squid warns about
 * {@code a.x} next to {@code .x} and ignores one of them.</li>
 * <li>Mid-label wildcards become anchored {@code dstdom_regex} entries.</li>
 * <li>{@code https} (and {@code any} on 443 and on non-web TCP ports) is {@code CONNECT} to the port; {@code http}
 * (and {@code any} on 80) is a plain HTTP request ({@code proto HTTP}) to the port. UDP is left out (warned). Paths
 * are not expressed (warned): a CONNECT tunnel has none.</li>
 * <li>Every token is checked against what squid reads as one word before it is written.</li>
 * </ul>
 */
@Component(property = { AllowlistExporter.FORMAT + "=squid",
		AllowlistExporter.DESCRIPTION + "=squid 5 include: ACLs and http_access allow lines; --squid-acl NAME" })
public class SquidExporter implements AllowlistExporter {

	static final String ACL_OPTION = "squid-acl";
	static final String DEFAULT_ACL = "endpoint_atlas_allow";
	/** Squid ACL names are at most 63 characters; ours get suffixes of up to 30. */
	static final Pattern ACL_NAME = Pattern.compile("[A-Za-z][A-Za-z0-9_]{0,31}");
	private static final Pattern REGEX_TOKEN = Pattern.compile("\\^\\[a-z0-9-\\]\\+[a-z0-9\\\\.-]+\\$");

	private enum Mode {
		HTTP("http"), CONNECT("connect");

		final String word;

		Mode(String word) {
			this.word = word;
		}
	}

	/** One {@code http_access} condition: a mode, a port (range), and the hosts allowed on it. */
	private static final class Group {
		final Mode mode;
		final PortSpec port;
		/** Arrives in the catalog's order, which is sorted already; {@link Sorted#unique} checks that in one pass. */
		final List<String> domains = new ArrayList<>();
		final Set<String> regexes = new TreeSet<>();

		Group(Mode mode, PortSpec port) {
			this.mode = mode;
			this.port = port;
		}

		String suffix() {
			return mode.word + "_" + port.getFrom() + (port.isRange() ? "_" + port.getTo() : "");
		}
	}

	@Override
	public void export(EffectiveCatalog catalog, ExportContext context, Writer out) throws IOException {
		String name = context.option(ACL_OPTION, DEFAULT_ACL);
		if (!ACL_NAME.matcher(name).matches()) {
			throw new InvalidExportOptionException("--squid-acl needs a name of letters, digits and '_' that starts with a letter (at most 32),"
					+ " got \"" + ExportHeader.singleLine(name) + "\"");
		}
		Map<Mode, Map<PortSpec, Group>> groups = new EnumMap<>(Mode.class);
		Set<String> bareDomains = new HashSet<>();
		List<String> exactHosts = new ArrayList<>();
		Approximations approximations = new Approximations("squid");
		for (EffectiveEndpoint endpoint : ExportableEntries.of(catalog, context)) {
			WebAccess access = WebAccess.of(endpoint);
			if (!access.udp().isEmpty()) {
				approximations.add("UDP ports left out (squid proxies TCP only)", endpoint.getPattern() + " " + join(access.udp()));
			}
			if (endpoint.getPathAndQuery() != null) {
				approximations.add("paths become the whole host (a CONNECT tunnel has no path)", endpoint.getPattern() + endpoint.getPathAndQuery());
			}
			HostPattern pattern = endpoint.getHostPattern();
			for (PortSpec port : access.http()) {
				add(groups, Mode.HTTP, port, pattern);
			}
			for (PortSpec port : access.tls()) {
				add(groups, Mode.CONNECT, port, pattern);
			}
			for (PortSpec port : access.otherTcp()) {
				add(groups, Mode.CONNECT, port, pattern);
			}
			if (access.isWeb() || !access.otherTcp().isEmpty()) {
				if (pattern.isWildcard()) {
					bareDomains.add(pattern.domain());
				} else if (!pattern.isMidLabelWildcard()) {
					exactHosts.add(pattern.text());
				}
			}
		}
		exactHosts.forEach(bareDomains::remove);
		for (String domain : new TreeSet<>(bareDomains)) {
			approximations.add("\".domain\" also matches the bare domain, which the catalog does not list (squid's dstdomain rule)", domain);
		}
		approximations.report(context);
		Map<String, Group> ordered = new TreeMap<>();
		groups.values().forEach(byPort -> byPort.values().forEach(g -> ordered.put(g.mode + " " + g.port, g)));
		write(out, catalog, name, new ArrayList<>(ordered.values()));
	}

	private static void add(Map<Mode, Map<PortSpec, Group>> groups, Mode mode, PortSpec port, HostPattern pattern) {
		Group group = groups.computeIfAbsent(mode, m -> new HashMap<>()).computeIfAbsent(port, p -> new Group(mode, p));
		if (pattern.isWildcard()) {
			group.domains.add("." + pattern.domain());
		} else if (pattern.isMidLabelWildcard()) {
			group.regexes.add(regex(pattern));
		} else {
			group.domains.add(pattern.text());
		}
	}

	/** {@code *-name.example.com} becomes {@code ^[a-z0-9-]+-name\.example\.com$}: one label that ends with the literal part. */
	static String regex(HostPattern pattern) {
		return "^[a-z0-9-]+" + pattern.text().substring(1).replace(".", "\\.") + "$";
	}

	/** Drops entries that a {@code .domain} of the same group already matches: {@code a.x}, {@code x} and {@code .a.x} next to {@code .x}. */
	static List<String> collapse(Collection<String> domains) {
		List<String> sorted = Sorted.unique(domains);
		Suffixes wildcards = new Suffixes(sorted);
		List<String> kept = new ArrayList<>(sorted.size());
		for (String domain : sorted) {
			if (!coveredByOther(domain, wildcards)) {
				kept.add(domain);
			}
		}
		return kept;
	}

	/** Whether a {@code .domain} entry other than the name itself matches it: {@code x} or a parent domain of it. */
	private static boolean coveredByOther(String domain, Suffixes wildcards) {
		int bare = domain.startsWith(".") ? 1 : 0;
		// the hash of domain[start..] as String.hashCode computes it, built from the right without cutting substrings
		int hash = 0;
		int power = 1;
		for (int start = domain.length() - 1; start >= bare; start--) {
			hash += domain.charAt(start) * power;
			power *= 31;
			boolean end = start == 0 || start > bare && domain.charAt(start - 1) == '.';
			if (end && wildcards.contains(domain, start, hash)) {
				return true;
			}
		}
		return false;
	}

	/**
	 * The domains of the {@code .domain} entries, asked whether the end of a name is one of them. A group holds up to a
	 * host per catalog entry, each with several ends: they are looked up by length and hash, and compared in place.
	 */
	private static final class Suffixes {

		private final Map<Integer, List<String>> byHash = new HashMap<>();
		private final BitSet lengths = new BitSet();

		Suffixes(List<String> names) {
			for (String name : names) {
				if (name.startsWith(".")) {
					String domain = name.substring(1);
					byHash.computeIfAbsent(domain.hashCode(), h -> new ArrayList<>(1)).add(domain);
					lengths.set(domain.length());
				}
			}
		}

		/** Whether {@code name} from {@code start} on, whose hash is {@code hash}, is one of the domains. */
		boolean contains(String name, int start, int hash) {
			int length = name.length() - start;
			if (!lengths.get(length)) {
				return false;
			}
			List<String> candidates = byHash.get(hash);
			if (candidates != null) {
				for (String candidate : candidates) {
					if (candidate.length() == length && name.regionMatches(start, candidate, 0, length)) {
						return true;
					}
				}
			}
			return false;
		}
	}

	/** Whether a {@code .domain} entry matches every host of the mid-label regex. */
	private static boolean regexCovered(String regex, Collection<String> domains) {
		String literal = regex.substring("^[a-z0-9-]+".length(), regex.length() - 1).replace("\\.", ".");
		String rest = literal.substring(literal.indexOf('.'));
		for (int dot = 0; dot >= 0; dot = rest.indexOf('.', dot + 1)) {
			if (domains.contains(rest.substring(dot))) {
				return true;
			}
		}
		return false;
	}

	private static void write(Writer out, EffectiveCatalog catalog, String name, List<Group> groups) throws IOException {
		ExportHeader.writeComments(out, catalog, "# ");
		out.write("#\n# Squid 5 include file. In squid.conf:\n#   include /path/to/this/file\n#   http_access deny all\n");
		out.write("# \"" + name + "\" matches the catalog: CONNECT to the TLS ports, plain HTTP requests to the HTTP ports.\n");
		out.write("# \".example.com\" also matches example.com itself (squid's dstdomain rule).\n\n");
		if (groups.isEmpty()) {
			out.write("# The selection has no web entries: " + name + " matches only the reserved .invalid domain (RFC 6761).\n");
			out.write(line("acl", name, "dstdomain", ".invalid"));
			return;
		}
		boolean anyHttp = groups.stream().anyMatch(g -> g.mode == Mode.HTTP);
		boolean anyConnect = groups.stream().anyMatch(g -> g.mode == Mode.CONNECT);
		if (anyConnect) {
			out.write(line("acl", name + "_connect", "method", "CONNECT"));
		}
		if (anyHttp) {
			out.write(line("acl", name + "_http", "proto", "HTTP"));
		}
		Set<String> portAcls = new TreeSet<>();
		for (Group group : groups) {
			String portAcl = name + "_port_" + group.port.getFrom() + (group.port.isRange() ? "_" + group.port.getTo() : "");
			if (portAcls.add(portAcl)) {
				out.write(line("acl", portAcl, "port", group.port.getFrom() + (group.port.isRange() ? "-" + group.port.getTo() : "")));
			}
		}
		List<String> members = new ArrayList<>();
		for (Group group : groups) {
			String prefix = name + "_" + group.suffix();
			List<String> domains = collapse(group.domains);
			Set<String> wildcardDomains = new HashSet<>();
			domains.stream().filter(d -> d.startsWith(".")).forEach(wildcardDomains::add);
			List<String> hostAcls = new ArrayList<>();
			out.write("\n");
			if (!domains.isEmpty()) {
				hostAcls.add(prefix + "_domains");
				String head = line("acl", prefix + "_domains", "dstdomain").replace('\n', ' ');
				for (String domain : domains) {
					out.write(head);
					out.write(checkedDomain(domain));
					out.write('\n');
				}
			}
			List<String> regexes = new ArrayList<>();
			group.regexes.stream().filter(r -> !regexCovered(r, wildcardDomains)).forEach(regexes::add);
			if (!regexes.isEmpty()) {
				hostAcls.add(prefix + "_regex");
				for (String regex : regexes) {
					out.write(line("acl", prefix + "_regex", "dstdom_regex", "-i", checkedRegex(regex)));
				}
			}
			String hosts = hostAcls.get(0);
			if (hostAcls.size() > 1) {
				hosts = prefix + "_hosts";
				out.write(line("acl", hosts, "any-of", hostAcls.get(0), hostAcls.get(1)));
			}
			String modeAcl = name + (group.mode == Mode.CONNECT ? "_connect" : "_http");
			String portAcl = name + "_port_" + group.port.getFrom() + (group.port.isRange() ? "_" + group.port.getTo() : "");
			out.write(line("acl", prefix, "all-of", modeAcl, portAcl, hosts));
			members.add(prefix);
		}
		out.write("\n");
		List<String> words = new ArrayList<>(List.of("acl", name, "any-of"));
		words.addAll(members);
		out.write(line(words.toArray(new String[0])));
		out.write(line("http_access", "allow", name));
	}

	private static String join(List<PortSpec> ports) {
		return String.join(", ", ports.stream().map(PortSpec::toString).toList());
	}

	static String checkedDomain(String domain) {
		if (!isDomainWord(domain)) {
			throw new IllegalStateException("not a squid dstdomain word: " + ExportHeader.singleLine(domain));
		}
		return domain;
	}

	/** {@code .?label(.label)*} with labels of {@code a-z 0-9 -}, checked without a regex per line. */
	private static boolean isDomainWord(String domain) {
		int start = domain.startsWith(".") ? 1 : 0;
		if (domain.length() <= start) {
			return false;
		}
		char previous = '.';
		for (int i = start; i < domain.length(); i++) {
			char c = domain.charAt(i);
			boolean label = c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '-';
			if (!label && (c != '.' || previous == '.')) {
				return false;
			}
			previous = c;
		}
		return previous != '.';
	}

	static String checkedRegex(String regex) {
		if (!REGEX_TOKEN.matcher(regex).matches()) {
			throw new IllegalStateException("not a squid dstdom_regex word: " + ExportHeader.singleLine(regex));
		}
		return regex;
	}

	/**
	 * One configuration line. Second line of defence: every word must be non-empty printable ASCII without whitespace,
	 * {@code #}, quotes or backslash-newline, so that no value can split into two words, start a comment, or continue
	 * onto a directive of its own.
	 */
	static String line(String... words) {
		StringBuilder line = new StringBuilder(64);
		for (String word : words) {
			if (word.isEmpty()) {
				throw new IllegalStateException("an empty squid configuration word");
			}
			for (int i = 0; i < word.length(); i++) {
				char c = word.charAt(i);
				if (c <= 0x20 || c >= 0x7f || c == '#' || c == '"' || c == '\'') {
					throw new IllegalStateException("not a squid configuration word: \"" + ExportHeader.singleLine(word) + "\"");
				}
			}
			line.append(line.length() == 0 ? "" : " ").append(word);
		}
		return line.append('\n').toString();
	}
}
