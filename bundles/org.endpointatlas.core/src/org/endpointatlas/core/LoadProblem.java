package org.endpointatlas.core;

/** A contribution that could not be loaded, e.g. an area bundle with a broken XMI. The other areas load regardless. */
public final class LoadProblem {

	private final String origin;
	private final String areaId;
	private final String message;

	public LoadProblem(String origin, String areaId, String message) {
		this.origin = origin;
		this.areaId = areaId;
		this.message = message;
	}

	/** The bundle (or service) that announced the contribution. */
	public String getOrigin() {
		return origin;
	}

	/** The area id the bundle announced, or {@code null} when it named none. */
	public String getAreaId() {
		return areaId;
	}

	/** One line with file, line, value and reason. */
	public String getMessage() {
		return message;
	}

	@Override
	public String toString() {
		return origin + ": " + message;
	}
}
