package org.endpointatlas.catalog.editor.internal;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;

import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.emf.common.command.BasicCommandStack;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;
import org.eclipse.emf.edit.provider.ComposedAdapterFactory;
import org.eclipse.emf.edit.provider.IItemLabelProvider;
import org.eclipse.emf.edit.provider.IItemPropertyDescriptor;
import org.eclipse.emf.edit.provider.IItemPropertySource;
import org.eclipse.emf.edit.provider.ITreeItemContentProvider;
import org.eclipse.emf.edit.provider.resource.ResourceItemProviderAdapterFactory;
import org.endpointatlas.catalog.model.Catalog;
import org.endpointatlas.catalog.model.CatalogPackage;
import org.endpointatlas.catalog.model.PortRange;
import org.endpointatlas.catalog.model.provider.CatalogItemProviderAdapterFactory;
import org.endpointatlas.core.io.CatalogFiles;
import org.endpointatlas.core.lint.Linter;

/**
 * Prepares the editors in the background once the workbench window is open: reads, labels, edits and lints a
 * generated catalog, so the classes are loaded and the hot paths compiled before the user opens a large catalog. It
 * touches no widget and no user file.
 */
public final class WarmUp {

	private static final int ENDPOINTS = 400;

	private WarmUp() {
	}

	public static Job schedule(long delayMillis) {
		Job job = Job.create("Preparing the catalog editors", (org.eclipse.core.runtime.IProgressMonitor monitor) -> run());
		job.setSystem(true);
		job.setPriority(Job.DECORATE);
		job.schedule(delayMillis);
		return job;
	}

	private static IStatus run() {
		try {
			for (int round = 0; round < 3; round++) {
				Catalog catalog = CatalogFiles.loadCatalog(new ByteArrayInputStream(sample().getBytes(StandardCharsets.UTF_8)),
						URI.createURI("warmup:/sample.catalog"), "sample.catalog");
				exercise(catalog);
				Linter.lint(catalog, "sample.catalog");
			}
		} catch (Exception | LinkageError e) {
			// only an optimisation: the editors work without it
		}
		return Status.OK_STATUS;
	}

	private static void exercise(Catalog catalog) {
		ComposedAdapterFactory factory = new ComposedAdapterFactory();
		factory.addAdapterFactory(new ResourceItemProviderAdapterFactory());
		factory.addAdapterFactory(new CatalogItemProviderAdapterFactory());
		AdapterFactoryEditingDomain domain = new AdapterFactoryEditingDomain(factory, new BasicCommandStack(), new HashMap<>());
		domain.getResourceSet().getResources().add(catalog.eResource());
		try {
			for (EObject object : EditorResource.withContents(catalog)) {
				((IItemLabelProvider) factory.adapt(object, IItemLabelProvider.class)).getText(object);
				((IItemLabelProvider) factory.adapt(object, IItemLabelProvider.class)).getImage(object);
				((ITreeItemContentProvider) factory.adapt(object, ITreeItemContentProvider.class)).getChildren(object);
				for (IItemPropertyDescriptor descriptor : ((IItemPropertySource) factory.adapt(object, IItemPropertySource.class))
						.getPropertyDescriptors(object)) {
					descriptor.getPropertyValue(object);
				}
				if (object instanceof PortRange) {
					domain.getCommandStack().execute(SetCommand.create(domain, object, CatalogPackage.Literals.PORT_RANGE__FROM, 8443));
					domain.getCommandStack().undo();
				}
			}
		} finally {
			factory.dispose();
		}
	}

	private static String sample() {
		StringBuilder xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<catalog:Catalog xmi:version=\"2.0\" "
				+ "xmlns:xmi=\"http://www.omg.org/XMI\" xmlns:catalog=\"http://endpointatlas.org/catalog/1.0\" id=\"sample\" version=\"1\">\n"
				+ "  <sources id=\"doc\"/>\n  <areas id=\"sample\" name=\"Sample\">\n");
		for (int i = 0; i < ENDPOINTS; i++) {
			xml.append("    <endpoints pattern=\"host-").append(i).append(".example.com\" scheme=\"https\">\n")
					.append("      <ports transport=\"tcp\" from=\"443\"/>\n      <sources document=\"doc\" section=\"s\"/>\n    </endpoints>\n");
		}
		return xml.append("  </areas>\n</catalog:Catalog>\n").toString();
	}
}
