package org.endpointatlas.core;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.endpointatlas.catalog.model.Cloud;

/**
 * What the user asked for: which areas and roles, whether retired entries count, which user catalogs join the
 * built-in ones, parameter values, and the date lifecycle is evaluated at. Empty area or role sets mean "all". Immutable; build it with {@link #builder()}.
 */
public final class Selection {

	private final Set<String> areas;
	private final Set<String> roles;
	private final boolean includeRetired;
	private final List<ContributedCatalog> extraCatalogs;
	private final Map<String, String> params;
	private final Cloud cloud;
	private final List<ContributedOverlay> overlays;
	private final LocalDate asOf;
	private final Set<String> constraints;

	private Selection(Builder builder) {
		this.areas = Collections.unmodifiableSet(new LinkedHashSet<>(builder.areas));
		this.roles = Collections.unmodifiableSet(new LinkedHashSet<>(builder.roles));
		this.includeRetired = builder.includeRetired;
		this.extraCatalogs = List.copyOf(builder.extraCatalogs);
		this.params = Collections.unmodifiableMap(new LinkedHashMap<>(builder.params));
		this.cloud = builder.cloud;
		this.overlays = List.copyOf(builder.overlays);
		this.asOf = builder.asOf;
		this.constraints = Collections.unmodifiableSet(new LinkedHashSet<>(builder.constraints));
	}

	public static Builder builder() {
		return new Builder();
	}

	/** Everything that is not retired. */
	public static Selection all() {
		return builder().build();
	}

	public Set<String> getAreas() {
		return areas;
	}

	public Set<String> getRoles() {
		return roles;
	}

	public boolean isIncludeRetired() {
		return includeRetired;
	}

	/** User catalogs ({@code --catalog FILE}, the user-catalog home) that join the registry's catalogs. */
	public List<ContributedCatalog> getExtraCatalogs() {
		return extraCatalogs;
	}

	/** The cloud ({@code --cloud}); its built-in overlay applies first. Public by default. */
	public Cloud getCloud() {
		return cloud;
	}

	/** User overlays ({@code --overlay FILE} and the user-catalog home), applied in this order after the cloud overlay. */
	public List<ContributedOverlay> getOverlays() {
		return overlays;
	}

	/** Values for {@code {name}} placeholders ({@code --param NAME=VALUE}); they win over overlays' values. */
	public Map<String, String> getParams() {
		return params;
	}

	/**
	 * The date lifecycle is evaluated at ({@code --as-of DATE}), or empty: then the stored status wins and nothing
	 * depends on today's date.
	 */
	public Optional<LocalDate> getAsOf() {
		return Optional.ofNullable(asOf);
	}

	/**
	 * Constraint kinds ({@code --constraint no-tls-inspection}): when not empty, only entries that carry a constraint of
	 * one of these kinds, on the entry itself or through a catalog policy whose pattern covers it, are selected.
	 */
	public Set<String> getConstraints() {
		return constraints;
	}

	/** Builds a {@link Selection}. */
	public static final class Builder {

		private final Set<String> areas = new LinkedHashSet<>();
		private final Set<String> roles = new LinkedHashSet<>();
		private boolean includeRetired;
		private final List<ContributedCatalog> extraCatalogs = new ArrayList<>();
		private final Map<String, String> params = new LinkedHashMap<>();
		private Cloud cloud = Cloud.PUBLIC;
		private final List<ContributedOverlay> overlays = new ArrayList<>();
		private LocalDate asOf;
		private final Set<String> constraints = new LinkedHashSet<>();

		private Builder() {
		}

		public Builder area(String id) {
			areas.add(id);
			return this;
		}

		public Builder role(String id) {
			roles.add(id);
			return this;
		}

		public Builder includeRetired(boolean include) {
			this.includeRetired = include;
			return this;
		}

		public Builder catalog(ContributedCatalog catalog) {
			extraCatalogs.add(catalog);
			return this;
		}

		public Builder param(String name, String value) {
			params.put(name, value);
			return this;
		}

		public Builder cloud(Cloud value) {
			this.cloud = value;
			return this;
		}

		public Builder overlay(ContributedOverlay overlay) {
			overlays.add(overlay);
			return this;
		}

		public Builder asOf(LocalDate date) {
			this.asOf = date;
			return this;
		}

		/** A constraint kind literal, e.g. {@code no-tls-inspection}; repeated kinds are alternatives. */
		public Builder constraint(String kind) {
			constraints.add(kind);
			return this;
		}

		public Selection build() {
			return new Selection(this);
		}
	}
}
