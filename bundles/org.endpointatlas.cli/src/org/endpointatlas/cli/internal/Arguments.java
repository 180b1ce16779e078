package org.endpointatlas.cli.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The parsed command line: a command, its options (each possibly repeated) and positional arguments. Options are
 * checked against what the command accepts, so a typo is an error rather than silently ignored.
 */
final class Arguments {

	/** Options that take no value. */
	private static final Set<String> FLAGS = Set.of("--include-retired", "--help", "--header");
	private static final Map<String, String> ALIASES = Map.of("-o", "--output", "-h", "--help");

	private final String command;
	private final Map<String, List<String>> options = new LinkedHashMap<>();
	private final List<String> positional = new ArrayList<>();

	private Arguments(String command) {
		this.command = command;
	}

	static Arguments parse(List<String> args, Map<String, Set<String>> accepted) throws UsageException {
		if (args.isEmpty()) {
			return new Arguments("help");
		}
		Arguments parsed = new Arguments(args.get(0));
		Set<String> allowed = accepted.get(parsed.command);
		if (allowed == null) {
			throw new UsageException("unknown command \"" + parsed.command + "\" (commands: " + String.join(", ", accepted.keySet()) + ")");
		}
		for (int i = 1; i < args.size(); i++) {
			String arg = args.get(i);
			if (!arg.startsWith("-") || arg.equals("-")) {
				parsed.positional.add(arg);
				continue;
			}
			String name = ALIASES.getOrDefault(arg, arg);
			String value = null;
			int equals = name.indexOf('=');
			if (name.startsWith("--") && equals > 0) {
				value = name.substring(equals + 1);
				name = name.substring(0, equals);
			}
			if (!allowed.contains(name)) {
				throw new UsageException("unknown option " + name + " for \"" + parsed.command + "\" (see endpoint-atlas help)");
			}
			if (FLAGS.contains(name)) {
				value = "true";
			} else if (value == null) {
				if (i + 1 >= args.size()) {
					throw new UsageException("option " + name + " needs a value");
				}
				value = args.get(++i);
			}
			parsed.options.computeIfAbsent(name, k -> new ArrayList<>()).add(value);
		}
		return parsed;
	}

	String command() {
		return command;
	}

	List<String> all(String option) {
		return options.getOrDefault(option, List.of());
	}

	Optional<String> single(String option) throws UsageException {
		List<String> values = all(option);
		if (values.size() > 1) {
			throw new UsageException("option " + option + " is given " + values.size() + " times; give it once");
		}
		return values.stream().findFirst();
	}

	boolean flag(String option) {
		return options.containsKey(option);
	}

	List<String> positional() {
		return positional;
	}
}
