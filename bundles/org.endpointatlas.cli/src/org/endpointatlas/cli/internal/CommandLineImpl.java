package org.endpointatlas.cli.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.endpointatlas.catalog.model.Cloud;
import org.endpointatlas.catalog.model.FeatureArea;
import org.endpointatlas.catalog.model.Role;
import org.endpointatlas.cli.CommandLine;
import org.endpointatlas.core.Composer;
import org.endpointatlas.core.ContributedArea;
import org.endpointatlas.core.EffectiveCatalog;
import org.endpointatlas.core.Selection;
import org.endpointatlas.core.InvalidSelectionException;
import org.endpointatlas.core.io.CatalogLoadException;
import org.endpointatlas.core.io.IoMessages;
import org.endpointatlas.core.io.Utf8Writer;
import org.endpointatlas.core.lint.LintService;
import org.endpointatlas.core.LoadProblem;
import org.endpointatlas.export.ExportContext;
import org.endpointatlas.export.ExportService;
import org.endpointatlas.export.InvalidExportOptionException;
import org.endpointatlas.export.JsonWriter;
import org.endpointatlas.probe.Prober;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** The commands of ARCHITECTURE §5 over the core services. Holds no catalog logic of its own. */
@Component(service = CommandLine.class)
public class CommandLineImpl implements CommandLine {

	private static final Set<String> SELECTION = Set.of("--area", "--role", "--include-retired", "--catalog", "--home", "--help",
			"--param", "--as-of", "--constraint", "--cloud", "--overlay");
	/** Format options of export: the option, the format it belongs to, and the key the exporter reads. */
	private static final String[][] FORMAT_OPTIONS = { { "--pac-match", "pac", "pac-match" }, { "--pac-default", "pac", "pac-default" },
			{ "--squid-acl", "squid", "squid-acl" } };
	/** Formats that are raw lists by default and accept --header. */
	private static final Set<String> HEADER_FORMATS = Set.of("hosts", "urls", "edl");
	private static final Map<String, Set<String>> COMMANDS = commands();

	@Reference
	private Composer composer;

	@Reference
	private ExportService exports;

	@Reference
	private LintService lint;

	@Reference
	private Prober prober;

	private static Map<String, Set<String>> commands() {
		Map<String, Set<String>> commands = new LinkedHashMap<>();
		commands.put("areas", union(SELECTION, "--format"));
		commands.put("roles", union(SELECTION, "--format"));
		commands.put("export", union(SELECTION, "--format", "--output", "--pac-match", "--pac-default", "--squid-acl", "--header"));
		commands.put("probe", union(SELECTION, ProbeCommand.OPTIONS.toArray(new String[0])));
		commands.put("explain", SELECTION);
		commands.put("validate", Set.of("--help"));
		commands.put("help", Set.of("--help"));
		return commands;
	}

	private static Set<String> union(Set<String> base, String... more) {
		java.util.HashSet<String> all = new java.util.HashSet<>(base);
		all.addAll(List.of(more));
		return all;
	}

	@Override
	public int run(List<String> args, PrintStream out, PrintStream err) {
		try {
			Arguments arguments = Arguments.parse(args, COMMANDS);
			if (arguments.flag("--help") || arguments.command().equals("help")) {
				out.print(Help.TEXT);
				return 0;
			}
			switch (arguments.command()) {
			case "areas":
				return areas(arguments, out, err);
			case "roles":
				return roles(arguments, out, err);
			case "export":
				return export(arguments, out, err);
			case "probe":
				return new ProbeCommand(prober, out, err).run(arguments, () -> compose(arguments, err));
			case "explain":
				return new Explain(out).run(single(arguments.positional(), "explain needs one HOST"), compose(arguments, err));
			default:
				return new Validate(err, lint, composer).run(arguments.positional(), out);
			}
		} catch (UsageException | CatalogLoadException | InvalidSelectionException e) {
			err.println("endpoint-atlas: " + e.getMessage());
			return 2;
		} catch (IOException e) {
			err.println("endpoint-atlas: " + IoMessages.describe(e));
			return 2;
		}
	}

	private EffectiveCatalog compose(Arguments arguments, PrintStream err) throws UsageException, CatalogLoadException {
		return compose(arguments, err, new Timings(false));
	}

	private EffectiveCatalog compose(Arguments arguments, PrintStream err, Timings timings) throws UsageException, CatalogLoadException {
		Selection.Builder selection = Selection.builder().includeRetired(arguments.flag("--include-retired"));
		arguments.all("--area").forEach(selection::area);
		arguments.all("--role").forEach(selection::role);
		arguments.all("--constraint").forEach(selection::constraint);
		for (String param : arguments.all("--param")) {
			int equals = param.indexOf('=');
			if (equals <= 0) {
				throw new UsageException("--param needs NAME=VALUE, got \"" + param + "\"");
			}
			selection.param(param.substring(0, equals), param.substring(equals + 1));
		}
		selection.asOf(asOf(arguments));
		selection.cloud(cloud(arguments));
		UserCatalogs.load(arguments).forEach(selection::catalog);
		UserCatalogs.loadOverlays(arguments).forEach(selection::overlay);
		timings.phase("load");
		EffectiveCatalog catalog = composer.compose(selection.build());
		timings.phase("compose");
		catalog.getWarnings().forEach(w -> err.println("endpoint-atlas: warning: " + w));
		return catalog;
	}

	private static Cloud cloud(Arguments arguments) throws UsageException {
		String name = arguments.single("--cloud").orElse(Cloud.PUBLIC.getLiteral());
		Cloud cloud = Cloud.get(name);
		if (cloud == null) {
			throw new UsageException("unknown --cloud \"" + name + "\" (public, us-gov, us-gov-dod, china)");
		}
		return cloud;
	}

	private static java.time.LocalDate asOf(Arguments arguments) throws UsageException {
		java.util.Optional<String> text = arguments.single("--as-of");
		if (text.isEmpty()) {
			return null;
		}
		try {
			return java.time.LocalDate.parse(text.get());
		} catch (java.time.format.DateTimeParseException e) {
			throw new UsageException("--as-of needs a date such as 2025-03-01, got \"" + text.get() + "\"");
		}
	}

	private static String single(List<String> values, String message) throws UsageException {
		if (values.size() != 1) {
			throw new UsageException(message);
		}
		return values.get(0);
	}

	private static String listFormat(Arguments arguments) throws UsageException {
		String format = arguments.single("--format").orElse("table");
		if (!format.equals("table") && !format.equals("json")) {
			throw new UsageException("unknown --format \"" + format + "\" for " + arguments.command() + " (table, json)");
		}
		return format;
	}

	private int areas(Arguments arguments, PrintStream out, PrintStream err) throws UsageException, CatalogLoadException, IOException {
		String format = listFormat(arguments);
		EffectiveCatalog catalog = compose(arguments, err);
		Map<String, Integer> counts = catalog.countByArea();
		if (format.equals("json")) {
			Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
			JsonWriter json = new JsonWriter(writer).beginObject().property("catalogVersion", catalog.getVersion());
			json.name("areas").beginArray();
			for (ContributedArea area : catalog.getAreas()) {
				FeatureArea a = area.getArea();
				json.beginObject().property("id", a.getId()).property("name", a.getName()).name("endpoints").value(counts.get(a.getId()))
						.property("status", a.getStatus().getLiteral()).property("bundle", area.getCatalog().getOrigin())
						.property("origin", area.getCatalog().getKind().name().toLowerCase()).endObject();
			}
			for (LoadProblem problem : catalog.getProblems()) {
				json.beginObject().property("id", problem.getAreaId()).name("endpoints").value(0).property("status", "broken")
						.property("bundle", problem.getOrigin()).property("problem", problem.getMessage()).endObject();
			}
			json.endArray().endObject();
			writer.flush();
			return 0;
		}
		Table table = new Table("ID", "NAME", "ENDPOINTS", "STATUS", "BUNDLE");
		for (LoadProblem problem : catalog.getProblems()) {
			table.row(String.valueOf(problem.getAreaId()), "(not loaded, see the warning)", 0, "broken", problem.getOrigin());
		}
		for (ContributedArea area : catalog.getAreas()) {
			FeatureArea a = area.getArea();
			table.row(a.getId(), a.getName(), counts.get(a.getId()), a.getStatus().getLiteral(), area.getCatalog().getOrigin());
		}
		table.print(out);
		return 0;
	}

	private int roles(Arguments arguments, PrintStream out, PrintStream err) throws UsageException, CatalogLoadException, IOException {
		String format = listFormat(arguments);
		EffectiveCatalog catalog = compose(arguments, err);
		Map<String, java.util.SortedSet<String>> areasByRole = catalog.areasByRole();
		if (format.equals("json")) {
			Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
			JsonWriter json = new JsonWriter(writer).beginObject().name("roles").beginArray();
			for (Map.Entry<String, java.util.SortedSet<String>> role : areasByRole.entrySet()) {
				json.beginObject().property("id", role.getKey()).property("name", catalog.findRole(role.getKey()).map(Role::getName).orElse(null))
						.strings("areas", role.getValue()).endObject();
			}
			json.endArray().endObject();
			writer.flush();
			return 0;
		}
		Table table = new Table("ID", "NAME", "AREAS");
		areasByRole.forEach((id, areas) -> table.row(id, catalog.findRole(id).map(Role::getName).orElse(""), String.join(", ", areas)));
		table.print(out);
		return 0;
	}

	private int export(Arguments arguments, PrintStream out, PrintStream err) throws UsageException, CatalogLoadException, IOException {
		String format = arguments.single("--format").orElseThrow(() -> new UsageException("export needs --format (see export --format help)"));
		if (format.equals("help")) {
			exports.formats().forEach((name, description) -> out.println(String.format("%-16s %s", name, description)));
			return 0;
		}
		if (!exports.formats().containsKey(format)) {
			throw new UsageException("unknown format \"" + format + "\" (available: " + String.join(", ", exports.formats().keySet()) + ")");
		}
		Map<String, String> options = formatOptions(arguments, format);
		Timings timings = Timings.fromEnvironment();
		EffectiveCatalog catalog = compose(arguments, err, timings);
		ExportContext context = new ExportContext(options, w -> err.println("endpoint-atlas: warning: " + w));
		String output = arguments.single("--output").orElse("-");
		try {
			if (output.equals("-")) {
				// all or nothing on stdout too: a writer that refuses a value half-way leaves no partial list in a pipe
				ByteArrayOutputStream text = new ByteArrayOutputStream(1 << 16);
				writeTo(text, format, catalog, context);
				text.writeTo(out);
				out.flush();
			} else {
				OutputFiles.write(output, stream -> writeTo(stream, format, catalog, context));
			}
		} catch (InvalidExportOptionException e) {
			throw new UsageException(e.getMessage());
		}
		timings.phase("write");
		timings.report(err);
		return 0;
	}

	private void writeTo(OutputStream stream, String format, EffectiveCatalog catalog, ExportContext context) throws IOException {
		Writer writer = new Utf8Writer(stream);
		exports.export(format, catalog, context, writer);
		writer.flush();
	}

	/** {@code --pac-match ACTION} becomes the option {@code pac-match}; an option for another format is a usage error. */
	private static Map<String, String> formatOptions(Arguments arguments, String format) throws UsageException {
		Map<String, String> options = new TreeMap<>();
		for (String[] option : FORMAT_OPTIONS) {
			java.util.Optional<String> value = arguments.single(option[0]);
			if (value.isPresent()) {
				if (!option[1].equals(format)) {
					throw new UsageException(option[0] + " applies to --format " + option[1] + " only");
				}
				options.put(option[2], value.get());
			}
		}
		if (arguments.flag("--header")) {
			if (!HEADER_FORMATS.contains(format)) {
				throw new UsageException("--header applies to --format " + String.join(", ", new java.util.TreeSet<>(HEADER_FORMATS))
						+ " only; the other formats always name the catalog version and sources");
			}
			options.put("header", "true");
		}
		return options;
	}
}
