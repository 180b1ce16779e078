package org.endpointatlas.core.io;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.xmi.ClassNotFoundException;
import org.eclipse.emf.ecore.xmi.FeatureNotFoundException;
import org.eclipse.emf.ecore.xmi.PackageNotFoundException;
import org.eclipse.emf.ecore.xmi.XMIException;
import org.xml.sax.SAXParseException;

/** Turns what EMF and the XML parser report into one-line {@link CatalogLoadException}s. */
final class LoadErrors {

	private LoadErrors() {
	}

	static CatalogLoadException translate(Throwable failure, Resource resource, String file) {
		for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
			CatalogLoadException known = known(cause, file);
			if (known != null) {
				return known;
			}
			if (cause.getCause() == cause) {
				break;
			}
		}
		if (!resource.getErrors().isEmpty()) {
			return fromDiagnostic(resource.getErrors().get(0), file);
		}
		return new CatalogLoadException(file, 0, null, "cannot be read: " + oneLine(failure.getMessage()));
	}

	static void failOnErrors(Resource resource, String file) throws CatalogLoadException {
		List<Resource.Diagnostic> errors = resource.getErrors();
		if (!errors.isEmpty()) {
			throw fromDiagnostic(errors.get(0), file);
		}
	}

	private static CatalogLoadException fromDiagnostic(Resource.Diagnostic diagnostic, String file) {
		if (diagnostic instanceof Throwable) {
			CatalogLoadException known = known((Throwable) diagnostic, file);
			if (known != null) {
				return known;
			}
		}
		return new CatalogLoadException(file, diagnostic.getLine(), null, oneLine(diagnostic.getMessage()));
	}

	private static CatalogLoadException known(Throwable cause, String file) {
		if (cause instanceof SAXParseException) {
			return fromParser((SAXParseException) cause, file);
		}
		if (cause instanceof FeatureNotFoundException) {
			FeatureNotFoundException e = (FeatureNotFoundException) cause;
			return new CatalogLoadException(file, e.getLine(), e.getName(), "unknown attribute or element");
		}
		if (cause instanceof ClassNotFoundException) {
			ClassNotFoundException e = (ClassNotFoundException) cause;
			return new CatalogLoadException(file, e.getLine(), e.getName(), "unknown element type");
		}
		if (cause instanceof PackageNotFoundException) {
			PackageNotFoundException e = (PackageNotFoundException) cause;
			return new CatalogLoadException(file, e.getLine(), e.uri(),
					"not an Endpoint Atlas catalog: unknown XML namespace");
		}
		if (cause instanceof XMIException) {
			XMIException e = (XMIException) cause;
			return new CatalogLoadException(file, e.getLine(), null, oneLine(e.getMessage()));
		}
		return null;
	}

	private static CatalogLoadException fromParser(SAXParseException e, String file) {
		String message = oneLine(e.getMessage());
		if (message.contains("DOCTYPE")) {
			return new CatalogLoadException(file, e.getLineNumber(), "<!DOCTYPE",
					"DOCTYPE declarations and entities are not allowed (nothing was resolved)");
		}
		return new CatalogLoadException(file, e.getLineNumber(), lineText(file, e.getLineNumber()),
				"not a well-formed XML catalog: " + message);
	}

	/** The offending line of a file on disk, shortened, so the user sees the value that broke the parser. */
	private static String lineText(String file, int line) {
		try (Stream<String> lines = Files.lines(Path.of(file), StandardCharsets.UTF_8)) {
			return lines.skip(Math.max(0, line - 1)).findFirst().map(LoadErrors::shorten).orElse(null);
		} catch (IOException | RuntimeException e) {
			return null;
		}
	}

	private static String shorten(String text) {
		String trimmed = text.strip();
		return trimmed.length() > 60 ? trimmed.substring(0, 57) + "..." : trimmed;
	}

	static String oneLine(String message) {
		if (message == null) {
			return "unknown error";
		}
		String line = message.replaceAll("\\s+", " ").trim();
		int location = line.indexOf(" (file:");
		return location > 0 ? line.substring(0, location) : line;
	}
}
