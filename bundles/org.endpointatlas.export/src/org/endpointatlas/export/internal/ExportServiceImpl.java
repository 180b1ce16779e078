package org.endpointatlas.export.internal;

import java.io.IOException;
import java.io.Writer;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

import org.endpointatlas.core.EffectiveCatalog;
import org.endpointatlas.export.AllowlistExporter;
import org.endpointatlas.export.ExportContext;
import org.endpointatlas.export.ExportService;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;

/** Tracks the {@link AllowlistExporter} whiteboard by its {@code format} property. */
@Component(service = ExportService.class)
public class ExportServiceImpl implements ExportService {

	private final Map<String, AllowlistExporter> exporters = new ConcurrentHashMap<>();
	private final Map<String, String> descriptions = new ConcurrentHashMap<>();

	@Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC)
	void addExporter(AllowlistExporter exporter, Map<String, Object> properties) {
		Object format = properties.get(AllowlistExporter.FORMAT);
		if (format != null) {
			exporters.put(format.toString(), exporter);
			descriptions.put(format.toString(), String.valueOf(properties.getOrDefault(AllowlistExporter.DESCRIPTION, "")));
		}
	}

	void removeExporter(AllowlistExporter exporter, Map<String, Object> properties) {
		Object format = properties.get(AllowlistExporter.FORMAT);
		if (format != null && exporters.remove(format.toString(), exporter)) {
			descriptions.remove(format.toString());
		}
	}

	@Override
	public SortedMap<String, String> formats() {
		return new TreeMap<>(descriptions);
	}

	@Override
	public void export(String format, EffectiveCatalog catalog, ExportContext context, Writer out) throws IOException {
		AllowlistExporter exporter = exporters.get(format);
		if (exporter == null) {
			throw new IllegalArgumentException("unknown format \"" + format + "\" (available: " + String.join(", ", formats().keySet()) + ")");
		}
		exporter.export(catalog, context, out);
	}
}
