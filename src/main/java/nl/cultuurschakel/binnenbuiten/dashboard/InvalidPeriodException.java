package nl.cultuurschakel.binnenbuiten.dashboard;

import java.util.Locale;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/**
 * A period that no report or dashboard can be about: a bad request, explained to the user
 * under the message key {@link #messageKey()}.
 */
@ResponseStatus(HttpStatus.BAD_REQUEST)
public class InvalidPeriodException extends RuntimeException {

	/** What is wrong with the period. */
	public enum Reason {

		/** The end lies before the start. */
		END_BEFORE_START,

		/**
		 * A date lies outside {@link ReportPeriod#EARLIEST} to
		 * {@link ReportPeriod#LATEST}.
		 */
		OUT_OF_RANGE,

		/** Longer than {@link ReportPeriod#MAX_YEARS} years. */
		TOO_LONG,

		/** The start or the end is missing. */
		MISSING

	}

	private final Reason reason;

	public InvalidPeriodException(Reason reason) {
		super("Not a valid report period: " + reason);
		this.reason = reason;
	}

	public Reason reason() {
		return this.reason;
	}

	/** The message that explains it, with {@link #arguments()}. */
	public String messageKey() {
		return "dashboard.period.invalid." + this.reason.name().toLowerCase(Locale.ROOT).replace('_', '-');
	}

	/**
	 * The limits for the message: first year, last year and the longest period in years,
	 * as text (a year is never written "2.000").
	 */
	public Object[] arguments() {
		return new Object[] { String.valueOf(ReportPeriod.EARLIEST.getYear()),
				String.valueOf(ReportPeriod.LATEST.getYear()), String.valueOf(ReportPeriod.MAX_YEARS) };
	}

}
