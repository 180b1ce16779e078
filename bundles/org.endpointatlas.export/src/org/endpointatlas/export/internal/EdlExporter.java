package org.endpointatlas.export.internal;

import java.io.IOException;
import java.io.Writer;
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
		Set<String> entries = new TreeSet<>();
		for (EffectiveEndpoint endpoint : ExportableEntries.of(catalog, context)) {
			WebAccess access = WebAccess.of(endpoint);
			if (!access.isWeb()) {
				context.warn("edl: left out " + endpoint.getPattern() + " (" + access.nonWebPorts()
						+ "): URL filtering sees web traffic only; allow it with a security rule");
				continue;
			}
			if (access.hasNonWeb()) {
				context.warn("edl: " + endpoint.getPattern() + " also needs " + access.nonWebPorts() + ", which a URL list cannot allow");
			}
			if (endpoint.getPathAndQuery() != null) {
				context.warn("edl: " + endpoint.getPattern() + endpoint.getPathAndQuery() + " becomes the whole host " + endpoint.getPattern()
						+ "/: without decryption the firewall sees the host only");
			}
			String entry = entry(endpoint.getHostPattern());
			if (endpoint.getHostPattern().isMidLabelWildcard()) {
				context.warn("edl: " + endpoint.getPattern() + " becomes the broader " + entry
						+ ": PAN-OS accepts a wildcard only as a whole token, so every host under " + endpoint.getHostPattern().domain()
						+ " is allowed");
			}
			if (ENTRY.matcher(entry).matches()) {
				entries.add(entry);
			} else {
				context.warn("edl: left out \"" + ExportHeader.singleLine(entry) + "\": not a valid PAN-OS URL entry");
			}
		}
		if (context.flag("header")) {
			ExportHeader.writeComments(out, catalog, "# ");
		}
		for (String entry : entries) {
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
