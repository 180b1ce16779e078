package org.endpointatlas.core;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.Optional;

import org.endpointatlas.catalog.model.Endpoint;
import org.endpointatlas.catalog.model.Status;

/**
 * Lifecycle of an entry. Without a date the stored status wins, so outputs never depend on today's date; with
 * {@code --as-of DATE} the validity dates decide: an entry is retired from its {@code validUntil} on and does not exist
 * yet before its {@code validFrom}. Dates are ISO days or months ({@code 2025-03} means 2025-03-01).
 */
public final class Lifecycle {

	private Lifecycle() {
	}

	/** The status at {@code asOf}, or empty when the entry does not exist yet at that date. */
	public static Optional<Status> statusAt(Endpoint endpoint, Optional<LocalDate> asOf) {
		if (asOf.isEmpty()) {
			return Optional.of(endpoint.getStatus());
		}
		LocalDate date = asOf.get();
		Optional<LocalDate> from = parse(endpoint.getValidFrom());
		if (from.isPresent() && date.isBefore(from.get())) {
			return Optional.empty();
		}
		Optional<LocalDate> until = parse(endpoint.getValidUntil());
		if (until.isPresent() && !date.isBefore(until.get())) {
			return Optional.of(Status.RETIRED);
		}
		return Optional.of(endpoint.getStatus() == Status.RETIRED && until.isEmpty() ? Status.RETIRED
				: endpoint.getStatus() == Status.DEPRECATED ? Status.DEPRECATED : Status.ACTIVE);
	}

	/** Parses {@code 2025-03} or {@code 2025-03-01}; empty for null or malformed text (the linter reports that). */
	public static Optional<LocalDate> parse(String text) {
		if (text == null || text.isBlank()) {
			return Optional.empty();
		}
		try {
			return Optional.of(text.length() == 7 ? YearMonth.parse(text).atDay(1) : LocalDate.parse(text));
		} catch (DateTimeParseException e) {
			return Optional.empty();
		}
	}
}
