package org.endpointatlas.catalog.editor.internal.bridge;

import java.net.URL;
import java.util.List;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.edit.provider.ComposedImage;
import org.eclipse.jface.resource.ImageDescriptor;

/** Turns the image objects of item providers (URLs, EMF URIs, composed images) into JFace image descriptors. */
public final class EmfImages {

	private EmfImages() {
	}

	public static ImageDescriptor descriptor(Object image) {
		if (image instanceof ImageDescriptor) {
			return (ImageDescriptor) image;
		}
		if (image instanceof URL) {
			return ImageDescriptor.createFromURL((URL) image);
		}
		if (image instanceof URI) {
			try {
				return ImageDescriptor.createFromURL(new URL(image.toString()));
			} catch (java.net.MalformedURLException e) {
				return null;
			}
		}
		if (image instanceof ComposedImage) {
			// overlays (e.g. "controlled object") carry no meaning in this model: the base image is enough
			List<Object> images = ((ComposedImage) image).getImages();
			return images.isEmpty() ? null : descriptor(images.get(0));
		}
		return null;
	}
}
