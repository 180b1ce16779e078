package org.endpointatlas.codegen;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.eclipse.emf.codegen.ecore.generator.Generator;
import org.eclipse.emf.codegen.ecore.generator.GeneratorAdapterFactory;
import org.eclipse.emf.codegen.ecore.genmodel.GenModel;
import org.eclipse.emf.codegen.ecore.genmodel.GenModelPackage;
import org.eclipse.emf.codegen.ecore.genmodel.GenPackage;
import org.eclipse.emf.codegen.ecore.genmodel.generator.GenBaseGeneratorAdapter;
import org.eclipse.emf.codegen.ecore.genmodel.generator.GenModelGeneratorAdapterFactory;
import org.eclipse.emf.common.util.BasicMonitor;
import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.EcorePackage;
import org.eclipse.emf.ecore.plugin.EcorePlugin;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;
import org.eclipse.emf.ecore.util.Diagnostician;
import org.eclipse.emf.ecore.xmi.XMLResource;
import org.eclipse.emf.ecore.xmi.impl.EcoreResourceFactoryImpl;

/**
 * Runs the EMF generator (model and edit code) headless, without an Eclipse workspace.
 * <p>
 * The generator always writes into a fresh staging folder: every {@code platform:/resource/<project>} is mapped to
 * {@code <staging>/<project>}, and the genmodel's folder (ecore and genmodel) is copied there first. So nothing is
 * ever merged into existing files, and the output depends only on the ecore, the genmodel and the pinned generator.
 * The files the generator owns ({@link #GENERATED_ROOTS}) are then copied over the bundles ({@code regenerate}) or
 * compared byte for byte with them ({@code check}). The generator's {@link #HAND_WRITTEN} files stay in staging,
 * for reference only.
 * <p>
 * The genmodel is brought in step with the ecore first, as the genmodel editor's reload would (stale entries
 * removed, new classifiers and features added with default settings); {@code regenerate} writes it back if that
 * changed it, and {@code check} reports it.
 * <p>
 * Usage: {@code EmfCodegen (regenerate|check) <bundlesDir> <project>/<path>.genmodel <stagingDir>}; exit code 0 on
 * success, 1 if the check found differences or generation failed, 2 on bad usage.
 */
public final class EmfCodegen {

	/** Top-level files and folders of a generated bundle that belong to the generator. */
	static final List<String> GENERATED_ROOTS = List.of("src-gen", "icons", "plugin.xml", "plugin.properties");

	/** Files the generator writes that are hand-written in the bundles; the generated ones are not used. */
	static final Set<String> HAND_WRITTEN = Set.of("META-INF/MANIFEST.MF", "build.properties");

	private final boolean check;
	private final Path bundles;
	private final String genModelPath;
	private final Path staging;

	private EmfCodegen(boolean check, Path bundles, String genModelPath, Path staging) {
		this.check = check;
		this.bundles = bundles;
		this.genModelPath = genModelPath;
		this.staging = staging;
	}

	public static void main(String[] args) {
		if (args.length != 4 || !Set.of("regenerate", "check").contains(args[0]) || args[2].indexOf('/') < 1) {
			System.out.println("usage: EmfCodegen (regenerate|check) <bundlesDir> <project>/<path>.genmodel <stagingDir>");
			System.exit(2);
		}
		// The templates and the XMI serialisation use the JVM's line separator: make it the same everywhere.
		System.setProperty("line.separator", "\n");
		long start = System.nanoTime();
		int rc;
		try {
			rc = new EmfCodegen("check".equals(args[0]), Paths.get(args[1]).toAbsolutePath().normalize(), args[2],
					Paths.get(args[3]).toAbsolutePath().normalize()).run();
		} catch (Exception e) {
			System.out.println("[codegen] ERROR: " + e.getMessage());
			e.printStackTrace(System.out);
			rc = 1;
		}
		System.out.printf("[codegen] %s in %.1f s%n", rc == 0 ? "done" : "FAILED", (System.nanoTime() - start) / 1e9);
		System.out.flush();
		System.exit(rc);
	}

	private int run() throws IOException {
		String modelProject = genModelPath.substring(0, genModelPath.indexOf('/'));
		Path genModelInProject = Paths.get(genModelPath.substring(modelProject.length() + 1));
		Path modelFolderInProject = genModelInProject.getParent();
		String modelFolderPrefix = modelFolderInProject.toString().replace('\\', '/') + "/";

		// 1. A fresh staging folder with a copy of the model folder.
		deleteTree(staging);
		Path stagedModelFolder = staging.resolve(modelProject).resolve(modelFolderInProject);
		copyTree(bundles.resolve(modelProject).resolve(modelFolderInProject), stagedModelFolder);
		mapProject(modelProject);

		// 2. Load and validate.
		ResourceSet resourceSet = new ResourceSetImpl();
		Map<String, Object> factories = resourceSet.getResourceFactoryRegistry().getExtensionToFactoryMap();
		factories.put("ecore", new EcoreResourceFactoryImpl());
		factories.put("genmodel", new EcoreResourceFactoryImpl());
		resourceSet.getPackageRegistry().put(EcorePackage.eNS_URI, EcorePackage.eINSTANCE);
		resourceSet.getPackageRegistry().put(GenModelPackage.eNS_URI, GenModelPackage.eINSTANCE);
		Resource genModelResource = resourceSet.getResource(URI.createPlatformResourceURI(genModelPath, true), true);
		GenModel genModel = (GenModel) genModelResource.getContents().get(0);
		for (GenPackage genPackage : genModel.getGenPackages()) {
			EPackage ePackage = genPackage.getEcorePackage();
			if (ePackage == null || ePackage.eIsProxy()) {
				throw new IllegalStateException("cannot resolve the ecore package of " + genModelPath);
			}
			requireNoErrors("ecore " + ePackage.getNsURI(), Diagnostician.INSTANCE.validate(ePackage));
		}

		// 3. Bring the genmodel in step with the ecore.
		byte[] genModelBefore = Files.readAllBytes(stagedModelFolder.resolve(genModelInProject.getFileName()));
		genModel.reconcile();
		for (GenPackage genPackage : genModel.getGenPackages()) {
			genPackage.initialize(genPackage.getEcorePackage());
		}
		genModel.setCanGenerate(true);
		requireNoErrors("genmodel", genModel.diagnose());
		byte[] genModelAfter = save(genModelResource);
		boolean genModelChanged = !Arrays.equals(genModelBefore, genModelAfter);

		// 4. Generate model and edit code into staging. Without the descriptor the generator "succeeds" doing nothing.
		Set<String> projects = new LinkedHashSet<>();
		projects.add(modelProject);
		projects.add(projectOf(genModel.getModelDirectory()));
		if (genModel.hasEditSupport()) {
			projects.add(projectOf(genModel.getEditDirectory()));
		}
		projects.forEach(this::mapProject);
		GeneratorAdapterFactory.Descriptor.Registry.INSTANCE.addDescriptor(GenModelPackage.eNS_URI,
				GenModelGeneratorAdapterFactory.DESCRIPTOR);
		Generator generator = new Generator();
		generator.setInput(genModel);
		generate(generator, genModel, GenBaseGeneratorAdapter.MODEL_PROJECT_TYPE);
		if (genModel.hasEditSupport()) {
			generate(generator, genModel, GenBaseGeneratorAdapter.EDIT_PROJECT_TYPE);
		}

		// 5. Everything the generator wrote must be either ours to keep or hand-written.
		for (String project : projects) {
			for (String file : listFiles(staging.resolve(project))) {
				boolean input = project.equals(modelProject) && file.startsWith(modelFolderPrefix);
				String root = file.contains("/") ? file.substring(0, file.indexOf('/')) : file;
				if (!input && !HAND_WRITTEN.contains(file) && !GENERATED_ROOTS.contains(root)) {
					throw new IllegalStateException("the generator wrote " + project + "/" + file + ", which is neither in "
							+ GENERATED_ROOTS + " nor in " + HAND_WRITTEN);
				}
			}
		}

		// 6. Compare, or copy over.
		if (check) {
			List<String> problems = new ArrayList<>();
			if (genModelChanged) {
				problems.add("differs: " + genModelPath + " (not in step with the ecore)");
			}
			for (String project : projects) {
				problems.addAll(compare(project));
			}
			if (!problems.isEmpty()) {
				System.out.println("[codegen] The committed generated files are out of date (" + problems.size()
						+ " file(s)):");
				problems.forEach(p -> System.out.println("[codegen]   " + p));
				System.out.println("[codegen] Regenerate with: ./mvnw -f releng/org.endpointatlas.codegen/pom.xml verify"
						+ " -Pregenerate");
				return 1;
			}
			System.out.println("[codegen] check passed: the generated files of " + projects + " are up to date");
		} else {
			if (genModelChanged) {
				Files.write(bundles.resolve(genModelPath), genModelAfter);
				System.out.println("[codegen] updated " + genModelPath + " to match the ecore");
			}
			for (String project : projects) {
				System.out.println("[codegen] " + project + ": " + replace(project) + " generated files written");
			}
		}
		return 0;
	}

	private void mapProject(String project) {
		EcorePlugin.getPlatformResourceMap().put(project, URI.createFileURI(staging.resolve(project) + "/"));
	}

	/** "/org.example.project/src-gen" gives "org.example.project". */
	private static String projectOf(String directory) {
		String trimmed = directory.startsWith("/") ? directory.substring(1) : directory;
		int slash = trimmed.indexOf('/');
		return slash < 0 ? trimmed : trimmed.substring(0, slash);
	}

	private static void generate(Generator generator, GenModel genModel, Object projectType) {
		if (!generator.canGenerate(genModel, projectType)) {
			throw new IllegalStateException("the generator cannot generate " + projectType);
		}
		requireNoErrors(projectType.toString(), generator.generate(genModel, projectType, new BasicMonitor()));
	}

	private static void requireNoErrors(String what, Diagnostic diagnostic) {
		if (diagnostic.getSeverity() >= Diagnostic.ERROR) {
			throw new IllegalStateException(what + ": " + describe(diagnostic, ""));
		}
		if (diagnostic.getSeverity() == Diagnostic.WARNING) {
			System.out.println("[codegen] warning, " + what + ": " + describe(diagnostic, ""));
		}
	}

	private static String describe(Diagnostic diagnostic, String indent) {
		StringBuilder result = new StringBuilder(indent).append(diagnostic.getMessage());
		if (diagnostic.getException() != null) {
			result.append(" (").append(diagnostic.getException()).append(')');
		}
		for (Diagnostic child : diagnostic.getChildren()) {
			result.append('\n').append(describe(child, indent + "  "));
		}
		return result.toString();
	}

	private static byte[] save(Resource resource) throws IOException {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		resource.save(out, Map.of(XMLResource.OPTION_ENCODING, "UTF-8", XMLResource.OPTION_LINE_WIDTH, 80,
				Resource.OPTION_LINE_DELIMITER, "\n"));
		return out.toByteArray();
	}

	/** The differences between the staged and the committed generated files of a project, one line each. */
	private List<String> compare(String project) throws IOException {
		Path generated = staging.resolve(project);
		Path committed = bundles.resolve(project);
		Set<String> generatedFiles = ownedFiles(generated);
		Set<String> committedFiles = ownedFiles(committed);
		Set<String> all = new TreeSet<>(generatedFiles);
		all.addAll(committedFiles);
		List<String> problems = new ArrayList<>();
		for (String file : all) {
			String name = project + "/" + file;
			if (!committedFiles.contains(file)) {
				problems.add("missing: " + name + " (generated, not committed)");
			} else if (!generatedFiles.contains(file)) {
				problems.add("extra:   " + name + " (committed, not generated)");
			} else if (Files.mismatch(generated.resolve(file), committed.resolve(file)) != -1) {
				problems.add("differs: " + name);
			}
		}
		return problems;
	}

	/** Replaces the generated files of the bundle with the staged ones; returns how many files were written. */
	private int replace(String project) throws IOException {
		Path committed = bundles.resolve(project);
		for (String root : GENERATED_ROOTS) {
			deleteTree(committed.resolve(root));
		}
		Path generated = staging.resolve(project);
		Set<String> files = ownedFiles(generated);
		for (String file : files) {
			Path target = committed.resolve(file);
			Files.createDirectories(target.getParent());
			Files.copy(generated.resolve(file), target);
		}
		return files.size();
	}

	/** The files under the generated roots of a project folder: relative, with '/' separators, sorted. */
	private static Set<String> ownedFiles(Path projectFolder) throws IOException {
		Set<String> result = new TreeSet<>();
		for (String root : GENERATED_ROOTS) {
			Path path = projectFolder.resolve(root);
			if (Files.isRegularFile(path)) {
				result.add(root);
			} else {
				listFiles(path).forEach(file -> result.add(root + "/" + file));
			}
		}
		return result;
	}

	private static List<String> listFiles(Path folder) throws IOException {
		if (!Files.isDirectory(folder)) {
			return List.of();
		}
		try (Stream<Path> walk = Files.walk(folder)) {
			return walk.filter(Files::isRegularFile).map(p -> folder.relativize(p).toString().replace('\\', '/'))
					.sorted().collect(Collectors.toList());
		}
	}

	private static void copyTree(Path from, Path to) throws IOException {
		for (String file : listFiles(from)) {
			Path target = to.resolve(file);
			Files.createDirectories(target.getParent());
			Files.copy(from.resolve(file), target);
		}
	}

	private static void deleteTree(Path path) throws IOException {
		if (!Files.exists(path)) {
			return;
		}
		try (Stream<Path> walk = Files.walk(path)) {
			walk.sorted(Comparator.reverseOrder()).forEach(p -> {
				try {
					Files.delete(p);
				} catch (IOException e) {
					throw new UncheckedIOException(e);
				}
			});
		}
	}
}
