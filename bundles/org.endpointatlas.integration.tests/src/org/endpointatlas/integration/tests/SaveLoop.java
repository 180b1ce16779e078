package org.endpointatlas.integration.tests;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.ecore.xmi.XMLResource;
import org.endpointatlas.catalog.editor.internal.FileInput;
import org.endpointatlas.catalog.editor.internal.ModelDocument;
import org.endpointatlas.catalog.model.Catalog;
import org.endpointatlas.catalog.model.Endpoint;
import org.endpointatlas.catalog.model.FeatureArea;
import org.endpointatlas.core.io.CatalogFiles;

/**
 * The child process of {@link KillDuringSaveTest}: a plain JVM (no framework) that opens a large catalog the way the
 * catalog editor does ({@link ModelDocument#load}) and saves it over and over the way the editor does
 * ({@link ModelDocument#save}, which is what {@code ModelEditor.doSave} calls), alternating between two contents, until
 * it is killed.
 * <p>
 * Arguments: {@code editor|plain TARGET REF_A REF_B AREAS ENDPOINTS_PER_AREA}. {@code plain} saves the same model with
 * the same options straight into the target, without the temporary file and the move: the negative control.
 * <p>
 * It prints, one line each and flushed: {@code READY} once the target holds version A and the reference copies of both
 * versions exist, and {@code SAVED 0 ms} with the time of that last set-up save; then for every save
 * {@code SAVING n A|B} before it starts and {@code SAVED n ms} when it is done. Save {@code n} writes B when {@code n}
 * is odd and A when it is even.
 */
public final class SaveLoop {

	static final String EDITOR = "editor";
	static final String PLAIN = "plain";

	private SaveLoop() {
	}

	public static void main(String[] args) throws Exception {
		String mode = args[0];
		Path target = Path.of(args[1]);
		Path refA = Path.of(args[2]);
		Path refB = Path.of(args[3]);
		int areas = Integer.parseInt(args[4]);
		int perArea = Integer.parseInt(args[5]);
		PrintStream out = System.out;

		// set-up, never killed: a seed file, opened as the editor opens a file of the user-catalog home
		Files.write(target, seed(areas, perArea).getBytes(StandardCharsets.UTF_8));
		ModelDocument document = ModelDocument.load(new FileInput(target), ModelDocument.Kind.CATALOG, null, null);
		Catalog catalog = (Catalog) document.getRoot();
		Saver saver = PLAIN.equals(mode) ? () -> plainSave(document.getRoot(), target) : document::save;

		// the two versions as this writer writes them, byte for byte (the first child writes them, the others check A)
		if (!Files.exists(refB)) {
			reference(catalog, 'B', saver, target, refB);
		}
		long start = System.nanoTime();
		reference(catalog, 'A', saver, target, refA);
		out.println("READY");
		out.println("SAVED 0 " + (System.nanoTime() - start) / 1_000_000);
		out.flush();

		char version = 'A';
		for (int n = 1;; n++) {
			version = version == 'A' ? 'B' : 'A';
			apply(catalog, version);
			out.println("SAVING " + n + " " + version);
			out.flush();
			start = System.nanoTime();
			saver.save();
			out.println("SAVED " + n + " " + (System.nanoTime() - start) / 1_000_000);
			out.flush();
			if (out.checkError()) {
				// the test is gone (its end of the pipe closed): do not save forever
				System.exit(4);
			}
		}
	}

	@FunctionalInterface
	private interface Saver {
		void save() throws IOException;
	}

	/** Saves {@code version}, and keeps a copy as the reference, or checks the existing reference against it. */
	private static void reference(Catalog catalog, char version, Saver saver, Path target, Path reference) throws IOException {
		apply(catalog, version);
		saver.save();
		if (!Files.exists(reference)) {
			Path part = reference.resolveSibling(reference.getFileName() + ".part");
			Files.copy(target, part, StandardCopyOption.REPLACE_EXISTING);
			Files.move(part, reference, StandardCopyOption.ATOMIC_MOVE);
		} else if (!Arrays.equals(Files.readAllBytes(target), Files.readAllBytes(reference))) {
			System.out.println("MISMATCH version " + version + " differs from " + reference);
			System.exit(3);
		}
	}

	/**
	 * Makes the catalog version A or B: the catalog's version, and the purpose of every endpoint, so that the two files
	 * differ all the way through and in length.
	 */
	static void apply(Catalog catalog, char version) {
		catalog.setVersion("kill-test-" + version);
		String word = version == 'A' ? "alpha" : "beta";
		int a = 0;
		for (FeatureArea area : catalog.getAreas()) {
			int e = 0;
			for (Endpoint endpoint : area.getEndpoints()) {
				endpoint.setPurpose(word + " purpose of endpoint " + e++ + " in area " + a);
			}
			a++;
		}
	}

	/** What a save without the temporary file and the move would do: truncate the target, then stream into it. */
	private static void plainSave(EObject root, Path target) throws IOException {
		Resource resource = CatalogFiles.newResourceSet().createResource(URI.createFileURI(target.toAbsolutePath().toString()));
		resource.getContents().add(EcoreUtil.copy(root));
		Map<Object, Object> options = new HashMap<>();
		options.put(XMLResource.OPTION_ENCODING, "UTF-8");
		options.put(XMLResource.OPTION_LINE_WIDTH, 120);
		options.put(XMLResource.OPTION_SAVE_TYPE_INFORMATION, Boolean.FALSE);
		try (OutputStream stream = Files.newOutputStream(target)) {
			resource.save(stream, options);
		}
	}

	/** A valid catalog of {@code areas} areas with {@code perArea} endpoints each (one port, one source). */
	static String seed(int areas, int perArea) {
		StringBuilder xml = new StringBuilder(areas * perArea * 260);
		xml.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
		xml.append("<catalog:Catalog xmi:version=\"2.0\" xmlns:xmi=\"http://www.omg.org/XMI\" "
				+ "xmlns:catalog=\"http://endpointatlas.org/catalog/1.0\" id=\"kill-test\" name=\"Kill during save\" version=\"seed\">\n");
		xml.append("  <sources id=\"doc\" title=\"Generated for the kill-during-save test\"/>\n");
		for (int a = 0; a < areas; a++) {
			xml.append("  <areas id=\"area-").append(a).append("\" name=\"Area ").append(a).append("\">\n");
			for (int e = 0; e < perArea; e++) {
				xml.append("    <endpoints pattern=\"host-").append(e).append(".area-").append(a)
						.append(".example.com\" scheme=\"https\" purpose=\"seed\">\n");
				xml.append("      <ports transport=\"tcp\" from=\"443\"/>\n");
				xml.append("      <sources document=\"doc\" section=\"Area ").append(a).append("\"/>\n");
				xml.append("    </endpoints>\n");
			}
			xml.append("  </areas>\n");
		}
		xml.append("</catalog:Catalog>\n");
		return xml.toString();
	}
}
