package org.endpointatlas.ui.internal.export;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.endpointatlas.catalog.model.Cloud;
import org.endpointatlas.core.Composer;
import org.endpointatlas.core.ContributedOverlay;
import org.endpointatlas.core.EffectiveCatalog;
import org.endpointatlas.core.Selection;
import org.endpointatlas.core.io.CatalogFiles;
import org.endpointatlas.core.io.CatalogLoadException;
import org.endpointatlas.export.ExportContext;
import org.endpointatlas.export.ExportService;

/**
 * What the export wizard asks for, composed and exported exactly as {@code ./endpoint-atlas export} does it: the
 * user-catalog home's catalogs join the built-in ones, its overlays apply in name order before the extra overlay
 * files, and the text goes through the same {@link ExportService}. The file the wizard writes is byte-identical to the
 * command line's {@link #commandLine(Path)}.
 */
public final class ExportRequest {

	/** A format option of the command line: its flag, the format it belongs to, the key the exporter reads. */
	static final String[][] FORMAT_OPTIONS = { { "--pac-match", "pac", "pac-match" }, { "--pac-default", "pac", "pac-default" },
			{ "--squid-acl", "squid", "squid-acl" } };
	/** The formats that are raw lists by default and accept {@code --header}. */
	static final Set<String> HEADER_FORMATS = Set.of("hosts", "urls", "edl");

	/** The rendered export and the warnings the command line prints to stderr. */
	public static final class Rendered {
		public final String text;
		public final List<String> warnings;

		Rendered(String text, List<String> warnings) {
			this.text = text;
			this.warnings = List.copyOf(warnings);
		}
	}

	final Set<String> areas = new LinkedHashSet<>();
	final Set<String> roles = new LinkedHashSet<>();
	Cloud cloud = Cloud.PUBLIC;
	boolean includeRetired;
	final List<Path> overlays = new ArrayList<>();
	final Map<String, String> params = new LinkedHashMap<>();
	String format;
	/** Exporter option key (pac-match, header, ...) to value. */
	final Map<String, String> options = new TreeMap<>();

	ExportRequest copy() {
		ExportRequest copy = new ExportRequest();
		copy.areas.addAll(areas);
		copy.roles.addAll(roles);
		copy.cloud = cloud;
		copy.includeRetired = includeRetired;
		copy.overlays.addAll(overlays);
		copy.params.putAll(params);
		copy.format = format;
		copy.options.putAll(options);
		return copy;
	}

	/** Options that apply to the chosen format, as the command line accepts them. */
	Map<String, String> formatOptions() {
		Map<String, String> applicable = new TreeMap<>();
		for (String[] option : FORMAT_OPTIONS) {
			String value = options.get(option[2]);
			if (option[1].equals(format) && value != null && !value.isBlank()) {
				applicable.put(option[2], value.trim());
			}
		}
		if (format != null && HEADER_FORMATS.contains(format) && "true".equals(options.get("header"))) {
			applicable.put("header", "true");
		}
		return applicable;
	}

	/** The selection the command line builds from the same arguments. */
	Selection selection(UserFiles home) throws CatalogLoadException {
		Selection.Builder selection = Selection.builder().includeRetired(includeRetired);
		areas.forEach(selection::area);
		roles.forEach(selection::role);
		params.forEach((name, value) -> {
			if (!value.isBlank()) {
				selection.param(name, value.trim());
			}
		});
		selection.cloud(cloud);
		home.catalogs().forEach(selection::catalog);
		home.overlays().forEach(selection::overlay);
		for (Path file : overlays) {
			selection.overlay(ContributedOverlay.file(CatalogFiles.loadOverlay(file), file.toString()));
		}
		return selection.build();
	}

	/**
	 * Composes and exports.
	 *
	 * @throws org.endpointatlas.core.InvalidSelectionException for an unknown area, role or parameter, or an overlay
	 *             that does not apply
	 * @throws org.endpointatlas.export.InvalidExportOptionException for an option value the exporter refuses
	 */
	Rendered render(Composer composer, ExportService exports, UserFiles home) throws IOException, CatalogLoadException {
		EffectiveCatalog catalog = composer.compose(selection(home));
		List<String> warnings = new ArrayList<>(catalog.getWarnings());
		ExportContext context = new ExportContext(formatOptions(), warnings::add);
		StringWriter text = new StringWriter();
		exports.export(format, catalog, context, text);
		return new Rendered(text.toString(), warnings);
	}

	/** The equivalent command line, for the user to script the same export. */
	List<String> commandLine(Path output) {
		List<String> args = new ArrayList<>(List.of("./endpoint-atlas", "export", "--format", String.valueOf(format)));
		areas.forEach(a -> args.addAll(List.of("--area", a)));
		roles.forEach(r -> args.addAll(List.of("--role", r)));
		if (cloud != Cloud.PUBLIC) {
			args.addAll(List.of("--cloud", cloud.getLiteral()));
		}
		if (includeRetired) {
			args.add("--include-retired");
		}
		overlays.forEach(o -> args.addAll(List.of("--overlay", o.toString())));
		params.forEach((name, value) -> {
			if (!value.isBlank()) {
				args.addAll(List.of("--param", name + "=" + value.trim()));
			}
		});
		Map<String, String> applicable = formatOptions();
		for (String[] option : FORMAT_OPTIONS) {
			if (applicable.containsKey(option[2])) {
				args.addAll(List.of(option[0], applicable.get(option[2])));
			}
		}
		if (applicable.containsKey("header")) {
			args.add("--header");
		}
		if (output != null) {
			args.addAll(List.of("-o", output.toString()));
		}
		return args;
	}

	static String shellText(List<String> args) {
		StringBuilder text = new StringBuilder();
		for (String arg : args) {
			if (text.length() > 0) {
				text.append(' ');
			}
			text.append(arg.matches("[A-Za-z0-9_./:=@%+,-]+") ? arg : "'" + arg.replace("'", "'\\''") + "'");
		}
		return text.toString();
	}
}
