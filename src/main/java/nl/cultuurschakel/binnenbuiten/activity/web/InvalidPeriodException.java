package nl.cultuurschakel.binnenbuiten.activity.web;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

import nl.cultuurschakel.binnenbuiten.activity.ActivityDates;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/**
 * A day or period in the URL that no page can show: unreadable, outside
 * {@link ActivityDates}, ending before it starts, or longer than a view allows. A bad
 * request, shown on the friendly error page.
 */
@ResponseStatus(HttpStatus.BAD_REQUEST)
class InvalidPeriodException extends RuntimeException {

	InvalidPeriodException(String message) {
		super(message);
	}

	/**
	 * @throws InvalidPeriodException when a given day lies outside {@link ActivityDates}
	 */
	static void checkDay(LocalDate day) {
		if (day != null && !ActivityDates.contains(day)) {
			throw new InvalidPeriodException("Day out of range: " + day);
		}
	}

	/**
	 * Either end may be open ({@code null}).
	 * @throws InvalidPeriodException when an end lies outside {@link ActivityDates} or
	 * {@code to} comes before {@code from}
	 */
	static void checkPeriod(LocalDate from, LocalDate to) {
		checkDay(from);
		checkDay(to);
		if (from != null && to != null && to.isBefore(from)) {
			throw new InvalidPeriodException("Period ends before it starts: " + from + " to " + to);
		}
	}

	/**
	 * As {@link #checkPeriod}, both ends given, and at most {@code maxDays} days long.
	 */
	static void checkPeriod(LocalDate from, LocalDate to, int maxDays) {
		checkPeriod(from, to);
		if (ChronoUnit.DAYS.between(from, to) >= maxDays) {
			throw new InvalidPeriodException("Period longer than " + maxDays + " days: " + from + " to " + to);
		}
	}

}
