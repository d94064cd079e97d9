package nl.cultuurschakel.binnenbuiten.shared;

import java.util.Locale;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/**
 * A period (or a day) that no page can be about: a bad request (400), explained to the
 * user under the message key {@link #messageKey()} where a page shows why.
 */
@ResponseStatus(HttpStatus.BAD_REQUEST)
public class InvalidPeriodException extends IllegalArgumentException {

	/** What is wrong with the period. */
	public enum Reason {

		/** The end lies before the start. */
		END_BEFORE_START,

		/** A day lies outside {@link Period#EARLIEST} to {@link Period#LATEST}. */
		OUT_OF_RANGE,

		/** Longer than the page allows. */
		TOO_LONG,

		/** The start or the end is missing. */
		MISSING,

		/** A day that cannot be read. */
		UNREADABLE

	}

	private final Reason reason;

	private final int limit;

	public InvalidPeriodException(Reason reason) {
		this(reason, 0);
	}

	/**
	 * @param limit the longest period the page allows (in the unit the page counts), for
	 * {@link Reason#TOO_LONG}
	 */
	public InvalidPeriodException(Reason reason, int limit) {
		super("Not a valid period: " + reason + ((limit > 0) ? " (at most " + limit + ")" : ""));
		this.reason = reason;
		this.limit = limit;
	}

	public Reason reason() {
		return this.reason;
	}

	/** The message that explains it, with {@link #arguments()}. */
	public String messageKey() {
		return "period.invalid." + this.reason.name().toLowerCase(Locale.ROOT).replace('_', '-');
	}

	/**
	 * The limits for the message: first year, last year and the longest period, as text
	 * (a year is never written "2.000").
	 */
	public Object[] arguments() {
		return new Object[] { String.valueOf(Period.EARLIEST.getYear()), String.valueOf(Period.LATEST.getYear()),
				String.valueOf(this.limit) };
	}

}
