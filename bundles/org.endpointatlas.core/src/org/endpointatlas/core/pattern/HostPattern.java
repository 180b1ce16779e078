package org.endpointatlas.core.pattern;

import java.net.IDN;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.google.common.net.InternetDomainName;

/**
 * A validated host pattern of the catalog (ARCHITECTURE §3): a host, a {@code *.} wildcard over the whole left-most
 * label, the documented mid-label form ({@code *-umwatsonc.events.data.microsoft.com}), or a template with
 * {@code {parameter}} placeholders. Patterns are lowercase A-labels.
 */
public final class HostPattern {

	private static final Pattern PLACEHOLDER = Pattern.compile("\\{([a-z][a-z0-9-]*)\\}");
	private static final String PLACEHOLDER_STAND_IN = "x";
	private static final int MAX_LABEL = 63;
	private static final int MAX_NAME = 253;

	/**
	 * The Public Suffix List lookups cost more than the rest of a parse, and a large catalog's patterns are parsed when it
	 * loads and again when it is composed: the answers, a function of the domain alone, are remembered (up to a bound).
	 */
	private static final Map<String, Suffix> SUFFIXES = new ConcurrentHashMap<>();
	private static final int MAX_REMEMBERED_SUFFIXES = 1 << 16;

	private final String text;
	private final Set<String> placeholders;
	private final List<String> warnings;
	/** {@code *.example.com}, and {@code *-name.example.com}: asked of every entry by the writers. */
	private final boolean wildcard;
	private final boolean midLabelWildcard;
	private volatile Pattern regex;

	private HostPattern(String text, Set<String> placeholders, List<String> warnings) {
		this.text = text;
		this.placeholders = placeholders;
		this.warnings = warnings;
		this.wildcard = text.startsWith("*.");
		this.midLabelWildcard = text.startsWith("*") && !wildcard;
	}

	/** Parses and validates a pattern; every violation is reported with the value and a one-line reason. */
	public static HostPattern parse(String text) throws InvalidHostPatternException {
		int wildcardLabel = text != null && text.startsWith("*.") ? 2 : 0;
		if (text != null && isPlainHost(text, wildcardLabel)) {
			return wildcardLabel == 0 ? new HostPattern(text, Collections.emptySet(), List.of()) : plainWildcard(text);
		}
		return parseThoroughly(text);
	}

	/** Every check, one after the other, each with its reason: what {@link #parse} does when the one-pass check fails. */
	static HostPattern parseThoroughly(String text) throws InvalidHostPatternException {
		if (text == null || text.isBlank()) {
			throw new InvalidHostPatternException(String.valueOf(text), "the pattern is empty");
		}
		boolean template = text.indexOf('{') >= 0;
		Set<String> placeholders = template ? Collections.unmodifiableSet(placeholdersOf(text)) : Collections.emptySet();
		String concrete = template ? PLACEHOLDER.matcher(text).replaceAll(PLACEHOLDER_STAND_IN) : text;
		checkCharacters(text, concrete);
		checkLabels(text, concrete);
		checkWildcard(text, concrete);
		List<String> warnings = new ArrayList<>();
		checkPublicSuffix(text, concrete, warnings);
		return new HostPattern(text, placeholders, List.copyOf(warnings));
	}

	/**
	 * The common case in one pass: a host (after {@code *.}, if {@code from} is 2) of allowed characters and well-formed
	 * labels, without placeholders. It accepts nothing that the full checks would refuse; anything else goes through
	 * them, for the reason.
	 */
	private static boolean isPlainHost(String text, int from) {
		int length = text.length();
		if (length > MAX_NAME || from >= length) {
			return false;
		}
		int labelStart = from;
		for (int i = from; i < length; i++) {
			char c = text.charAt(i);
			if (c == '.') {
				if (!isLabel(text, labelStart, i)) {
					return false;
				}
				labelStart = i + 1;
			} else if (!(c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '-')) {
				return false;
			}
		}
		return isLabel(text, labelStart, length);
	}

	private static HostPattern plainWildcard(String text) throws InvalidHostPatternException {
		List<String> warnings = new ArrayList<>(0);
		checkPublicSuffix(text, text, warnings);
		return new HostPattern(text, Collections.emptySet(), List.copyOf(warnings));
	}

	private static boolean isLabel(String text, int start, int end) {
		return end > start && end - start <= MAX_LABEL && text.charAt(start) != '-' && text.charAt(end - 1) != '-';
	}

	/** Returns whether {@code text} is a valid pattern, without the reason. */
	public static boolean isValid(String text) {
		try {
			parse(text);
			return true;
		} catch (InvalidHostPatternException e) {
			return false;
		}
	}

	private static Set<String> placeholdersOf(String text) {
		Set<String> names = new LinkedHashSet<>();
		Matcher matcher = PLACEHOLDER.matcher(text);
		while (matcher.find()) {
			names.add(matcher.group(1));
		}
		return names;
	}

	private static void checkCharacters(String text, String concrete) throws InvalidHostPatternException {
		if (allowed(concrete)) {
			return;
		}
		if (!concrete.equals(concrete.toLowerCase(Locale.ROOT)) && allowed(concrete.toLowerCase(Locale.ROOT))) {
			throw new InvalidHostPatternException(text, "patterns are stored in lowercase; write \"" + text.toLowerCase(Locale.ROOT) + "\"");
		}
		Optional<String> aLabel = toALabel(concrete);
		if (aLabel.isPresent() && !aLabel.get().equals(concrete)) {
			throw new InvalidHostPatternException(text, "patterns are stored as A-labels (punycode); write \"" + aLabel.get() + "\"");
		}
		int bad = firstBadCharacter(concrete);
		throw new InvalidHostPatternException(text, "character '" + printable(concrete.charAt(bad)) + "' at position " + (bad + 1)
				+ " is not allowed (only a-z, 0-9, '.', '-', '*' and {parameter} placeholders)");
	}

	private static Optional<String> toALabel(String concrete) {
		try {
			String ascii = IDN.toASCII(concrete, IDN.ALLOW_UNASSIGNED).toLowerCase(Locale.ROOT);
			return allowed(ascii) ? Optional.of(ascii) : Optional.empty();
		} catch (IllegalArgumentException e) {
			return Optional.empty();
		}
	}

	/** Only a-z, 0-9, '.', '-' and '*'. */
	private static boolean allowed(String concrete) {
		for (int i = 0; i < concrete.length(); i++) {
			if (!allowed(concrete.charAt(i))) {
				return false;
			}
		}
		return true;
	}

	private static boolean allowed(char c) {
		return c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '.' || c == '-' || c == '*';
	}

	private static int firstBadCharacter(String concrete) {
		for (int i = 0; i < concrete.length(); i++) {
			if (!allowed(concrete.charAt(i))) {
				return i;
			}
		}
		return 0;
	}

	private static String printable(char c) {
		return Character.isISOControl(c) || Character.isWhitespace(c) ? String.format("\\u%04x", (int) c) : String.valueOf(c);
	}

	private static void checkLabels(String text, String concrete) throws InvalidHostPatternException {
		if (concrete.length() > MAX_NAME) {
			throw new InvalidHostPatternException(text, "longer than " + MAX_NAME + " characters");
		}
		for (int start = 0, end; start <= concrete.length(); start = end + 1) {
			end = concrete.indexOf('.', start);
			if (end < 0) {
				end = concrete.length();
			}
			if (end == start) {
				throw new InvalidHostPatternException(text, "empty label (leading, trailing or double dot)");
			}
			if (end - start > MAX_LABEL) {
				throw new InvalidHostPatternException(text, "label \"" + concrete.substring(start, end) + "\" is longer than " + MAX_LABEL + " characters");
			}
			if (concrete.charAt(start) == '-' || concrete.charAt(end - 1) == '-') {
				throw new InvalidHostPatternException(text, "label \"" + concrete.substring(start, end) + "\" starts or ends with '-'");
			}
		}
	}

	private static void checkWildcard(String text, String concrete) throws InvalidHostPatternException {
		int first = concrete.indexOf('*');
		if (first < 0) {
			return;
		}
		if (concrete.indexOf('*', first + 1) >= 0) {
			throw new InvalidHostPatternException(text, "more than one wildcard");
		}
		if (first != 0) {
			throw new InvalidHostPatternException(text,
					"a wildcard is only allowed as the whole left-most label (*.example.com) or at its start (*-name.example.com)");
		}
		if (concrete.indexOf('.') < 0) {
			throw new InvalidHostPatternException(text, "a wildcard needs a domain to the right of it");
		}
	}

	private static void checkPublicSuffix(String text, String concrete, List<String> warnings) throws InvalidHostPatternException {
		if (!concrete.startsWith("*.")) {
			return;
		}
		String suffix = concrete.substring(2);
		Suffix kind;
		try {
			kind = suffixKind(suffix);
		} catch (IllegalArgumentException e) {
			throw new InvalidHostPatternException(text, "\"" + suffix + "\" is not a valid domain name");
		}
		if (kind == Suffix.REGISTRY) {
			throw new InvalidHostPatternException(text,
					"wildcard directly over the public suffix \"" + suffix + "\" (ICANN section of the Public Suffix List)");
		}
		if (kind == Suffix.PRIVATE) {
			warnings.add("wildcard over \"" + suffix + "\", a private-section entry of the Public Suffix List: "
					+ "it allows every customer's host under that suffix");
		}
	}

	/** What the Public Suffix List says about a domain. */
	private enum Suffix {
		ORDINARY, PRIVATE, REGISTRY
	}

	/** @throws IllegalArgumentException for a string that is not a domain name */
	private static Suffix suffixKind(String suffix) {
		Suffix kind = SUFFIXES.get(suffix);
		if (kind == null) {
			InternetDomainName domain = InternetDomainName.from(suffix);
			// every registry (ICANN) suffix is a public suffix: most domains need only the first lookup
			kind = !domain.isPublicSuffix() ? Suffix.ORDINARY : domain.isRegistrySuffix() ? Suffix.REGISTRY : Suffix.PRIVATE;
			if (SUFFIXES.size() >= MAX_REMEMBERED_SUFFIXES) {
				SUFFIXES.clear();
			}
			SUFFIXES.put(suffix, kind);
		}
		return kind;
	}

	public String text() {
		return text;
	}

	/** True for {@code *.example.com}. */
	public boolean isWildcard() {
		return wildcard;
	}

	/** True for the documented mid-label form, {@code *-name.example.com}. */
	public boolean isMidLabelWildcard() {
		return midLabelWildcard;
	}

	public boolean hasWildcard() {
		return wildcard || midLabelWildcard;
	}

	public boolean hasPlaceholders() {
		return !placeholders.isEmpty();
	}

	/** Names of the {@code {parameter}} placeholders, in order of appearance. */
	public Set<String> placeholders() {
		return placeholders;
	}

	/** The part right of the wildcard label ({@code example.com} for {@code *.example.com}); the pattern itself otherwise. */
	public String domain() {
		int dot = text.indexOf('.');
		return hasWildcard() ? text.substring(dot + 1) : text;
	}

	/** Lint warnings (not errors), such as a wildcard over a private public-suffix entry. */
	public List<String> warnings() {
		return warnings;
	}

	/**
	 * Whether a concrete host is covered: {@code *.x} covers one or more labels below {@code x} but not {@code x} itself;
	 * the mid-label form covers any first label that ends with the literal part; a {@code {parameter}} covers any value.
	 */
	public boolean matches(String host) {
		return matcher().matcher(host.toLowerCase(Locale.ROOT)).matches();
	}

	private Pattern matcher() {
		Pattern compiled = regex;
		if (compiled == null) {
			compiled = Pattern.compile(toRegex(text));
			regex = compiled;
		}
		return compiled;
	}

	private static String toRegex(String text) {
		StringBuilder regex = new StringBuilder();
		String rest = text;
		if (rest.startsWith("*.")) {
			regex.append("(?:[a-z0-9-]+\\.)+");
			rest = rest.substring(2);
		} else if (rest.startsWith("*")) {
			regex.append("[a-z0-9-]+");
			rest = rest.substring(1);
		}
		Matcher placeholder = PLACEHOLDER.matcher(rest);
		int last = 0;
		while (placeholder.find()) {
			// one label: a template only explains hosts of its shape, and a bare {fqdn} template explains no dotted host
			regex.append(Pattern.quote(rest.substring(last, placeholder.start()))).append("[a-z0-9-]+");
			last = placeholder.end();
		}
		return regex.append(Pattern.quote(rest.substring(last))).toString();
	}

	/** Substitutes placeholders; a name without a value stays a placeholder. */
	public String resolve(java.util.Map<String, String> values) {
		Matcher matcher = PLACEHOLDER.matcher(text);
		StringBuilder out = new StringBuilder();
		while (matcher.find()) {
			String value = values.get(matcher.group(1));
			matcher.appendReplacement(out, Matcher.quoteReplacement(value == null ? matcher.group() : value));
		}
		matcher.appendTail(out);
		return out.toString();
	}

	@Override
	public boolean equals(Object other) {
		return other instanceof HostPattern && ((HostPattern) other).text.equals(text);
	}

	@Override
	public int hashCode() {
		return text.hashCode();
	}

	@Override
	public String toString() {
		return text;
	}
}
