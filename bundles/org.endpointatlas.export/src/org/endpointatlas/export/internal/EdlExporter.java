package org.endpointatlas.export.internal;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import org.endpointatlas.core.EffectiveCatalog;
import org.endpointatlas.core.EffectiveEndpoint;
import org.endpointatlas.core.pattern.HostPattern;
import org.endpointatlas.export.AllowlistExporter;
import org.endpointatlas.export.ExportContext;
import org.endpointatlas.export.ExportHeader;
import org.endpointatlas.export.ExportableEntries;
import org.osgi.service.component.annotations.Component;

/**
 * A PAN-OS External Dynamic List of type URL List: one entry per line, unique and sorted, following Palo Alto
 * Networks' guidelines for URL category exception lists.
 * <ul>
 * <li>Every entry ends with {@code /}: without it the firewall reads {@code x.com} as {@code x.com.*} and also matches
 * {@code x.com.evil.net}.</li>
 * <li>{@code *.x} becomes {@code *.x/}, which (like the catalog) does not match {@code x} itself.</li>
 * <li>A wildcard must be a whole token, so the mid-label {@code *-name.x} becomes the broader {@code *.x/} (warned).</li>
 * <li>URL filtering sees HTTP and TLS only, and without decryption only the host: paths become the whole host and
 * non-web ports are left out (both warned).</li>
 * <li>No comments by default: PAN-OS documents comments only for IP lists. {@code --header} adds them as {@code #}
 * lines for files that are read by people, not fetched by a firewall.</li>
 * </ul>
 */
@Component(property = { AllowlistExporter.FORMAT + "=edl",
		AllowlistExporter.DESCRIPTION + "=PAN-OS External Dynamic List (URL list) with the trailing-slash rule; --header adds # lines" })
public class EdlExporter implements AllowlistExporter {

	/** What a PAN-OS URL entry of ours may look like: an optional whole-token {@code *.}, a host name, and the trailing slash. */
	static final Pattern ENTRY = Pattern.compile("(?:\\*\\.)?[a-z0-9](?:[a-z0-9-]*[a-z0-9])?(?:\\.[a-z0-9](?:[a-z0-9-]*[a-z0-9])?)+/");

	@Override
	public void export(EffectiveCatalog catalog, ExportContext context, Writer out) throws IOException {
		List<String> entries = new ArrayList<>();
		Approximations approximations = new Approximations("edl");
		for (EffectiveEndpoint endpoint : ExportableEntries.of(catalog, context)) {
			WebAccess access = WebAccess.of(endpoint);
			if (!access.isWeb()) {
				approximations.add("left out, no web port (URL filtering sees web traffic only; use a security rule)",
						endpoint.getPattern() + " " + access.nonWebPorts());
				continue;
			}
			if (access.hasNonWeb()) {
				approximations.add("non-web ports that a URL list cannot allow (use a security rule)", endpoint.getPattern() + " " + access.nonWebPorts());
			}
			if (endpoint.getPathAndQuery() != null) {
				approximations.add("paths become the whole host (without decryption the firewall sees the host only)",
						endpoint.getPattern() + endpoint.getPathAndQuery());
			}
			String entry = entry(endpoint.getHostPattern());
			if (endpoint.getHostPattern().isMidLabelWildcard()) {
				approximations.add("mid-label wildcards become the broader whole-label wildcard (PAN-OS accepts * only as a whole token)",
						endpoint.getPattern() + " -> " + entry);
			}
			if (ENTRY.matcher(entry).matches()) {
				entries.add(entry);
			} else {
				approximations.add("left out, not a valid PAN-OS URL entry", ExportHeader.singleLine(entry));
			}
		}
		approximations.report(context);
		if (context.flag("header")) {
			ExportHeader.writeComments(out, catalog, "# ");
		}
		for (String entry : Sorted.unique(entries)) {
			out.write(entry);
			out.write('\n');
		}
	}

	/** {@code x/}, {@code *.x/}; a mid-label {@code *-name.x} widens to {@code *.x/}. */
	static String entry(HostPattern pattern) {
		if (pattern.hasWildcard()) {
			return "*." + pattern.domain() + "/";
		}
		return pattern.text() + "/";
	}
}
