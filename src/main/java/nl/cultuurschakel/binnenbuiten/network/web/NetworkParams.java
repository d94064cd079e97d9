package nl.cultuurschakel.binnenbuiten.network.web;

import java.time.LocalDate;

import nl.cultuurschakel.binnenbuiten.shared.InvalidPeriodException;
import nl.cultuurschakel.binnenbuiten.shared.InvalidPeriodException.Reason;

import nl.cultuurschakel.binnenbuiten.shared.Period;
import nl.cultuurschakel.binnenbuiten.shared.web.PeriodFilter;

import org.springframework.validation.BindingResult;

/**
 * The period of a network page and its exports: {@code from} and {@code to} (both or
 * neither), by default the current calendar year; at most five years. The page also takes
 * {@code compare}, a calendar year to compare with instead of the period before.
 */
public class NetworkParams extends PeriodFilter {

	static final int MAX_YEARS = 5;

	private String compare;

	/**
	 * @throws nl.cultuurschakel.binnenbuiten.shared.InvalidPeriodException (400) for an
	 * unreadable day, one end missing, an end before the start or a too long period
	 */
	Period resolve(BindingResult binding, LocalDate today) {
		Period asked = period(binding);
		if (asked.from() == null && asked.to() == null) {
			return Period.year(today.getYear());
		}
		return Period.closed(asked.from(), asked.to()).atMostYears(MAX_YEARS);
	}

	/**
	 * The period the page compares with: the calendar year of {@code compare}, or else
	 * the period before.
	 * @throws InvalidPeriodException (400) for a year that cannot be read or lies outside
	 * the limits
	 */
	Period comparedWith(Period period) {
		Integer year = comparedYear();
		return (year != null) ? Period.year(year) : period.previous();
	}

	/** The year of {@code compare}, {@code null} without one. */
	Integer comparedYear() {
		if (this.compare == null || this.compare.isBlank()) {
			return null;
		}
		try {
			return Integer.valueOf(this.compare.strip());
		}
		catch (NumberFormatException ex) {
			throw new InvalidPeriodException(Reason.UNREADABLE);
		}
	}

	public String getCompare() {
		return this.compare;
	}

	public void setCompare(String compare) {
		this.compare = compare;
	}

}
