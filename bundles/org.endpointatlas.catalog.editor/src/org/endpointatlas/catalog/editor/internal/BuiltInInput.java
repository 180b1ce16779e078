package org.endpointatlas.catalog.editor.internal;

import java.util.Objects;

import org.eclipse.jface.resource.ImageDescriptor;
import org.eclipse.ui.IEditorInput;
import org.eclipse.ui.IPersistableElement;

/** A built-in area: what an area bundle (or a computed contribution) provides. It opens read-only. */
public final class BuiltInInput implements IEditorInput {

	private final String origin;
	private final String areaId;

	public BuiltInInput(String origin, String areaId) {
		this.origin = Objects.requireNonNull(origin);
		this.areaId = areaId;
	}

	/** The bundle symbolic name or service origin. */
	public String getOrigin() {
		return origin;
	}

	/** The area, or {@code null} for the first catalog of the bundle. */
	public String getAreaId() {
		return areaId;
	}

	@Override
	public boolean exists() {
		return false;
	}

	@Override
	public ImageDescriptor getImageDescriptor() {
		return null;
	}

	@Override
	public String getName() {
		return (areaId == null ? origin : areaId) + " (built-in)";
	}

	@Override
	public IPersistableElement getPersistable() {
		return null;
	}

	@Override
	public String getToolTipText() {
		return "Built-in " + (areaId == null ? "catalog" : "area " + areaId) + " from " + origin + " (read-only)";
	}

	@Override
	public <T> T getAdapter(Class<T> adapter) {
		return null;
	}

	@Override
	public boolean equals(Object other) {
		return other instanceof BuiltInInput && ((BuiltInInput) other).origin.equals(origin)
				&& Objects.equals(((BuiltInInput) other).areaId, areaId);
	}

	@Override
	public int hashCode() {
		return Objects.hash(origin, areaId);
	}
}
