package nl.cultuurschakel.binnenbuiten.activity.web;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.time.temporal.TemporalAdjusters;
import java.util.function.Function;

import nl.cultuurschakel.binnenbuiten.shared.InvalidPeriodException;
import nl.cultuurschakel.binnenbuiten.shared.InvalidPeriodException.Reason;
import nl.cultuurschakel.binnenbuiten.shared.Period;

/**
 * What one calendar page shows: a month or a week (Monday to Sunday), always as whole
 * weeks. Exactly one of {@code month} and {@code week} is set.
 *
 * @param week the Monday of the week
 */
record CalendarPeriod(YearMonth month, LocalDate week) {

	/**
	 * The page a request asks for: with {@code week=<a day>} the week around that day,
	 * else the month {@code month=2024-03}, else the month of today.
	 * @throws InvalidPeriodException (a bad request) when a value cannot be read, or the
	 * day or month lies outside the planning years
	 */
	static CalendarPeriod requested(String month, String week, LocalDate today) {
		if (week != null) {
			LocalDate day = read(week, LocalDate::parse);
			Period.day(day).withinBounds();
			return weekOf(day);
		}
		YearMonth shown = (month != null) ? read(month, YearMonth::parse) : YearMonth.from(today);
		new Period(shown.atDay(1), shown.atEndOfMonth()).withinBounds();
		return month(shown);
	}

	private static <T> T read(String value, Function<String, T> parser) {
		try {
			return parser.apply(value);
		}
		catch (DateTimeParseException ex) {
			throw new InvalidPeriodException(Reason.UNREADABLE);
		}
	}

	static CalendarPeriod month(YearMonth month) {
		return new CalendarPeriod(month, null);
	}

	/**
	 * The week, Monday to Sunday, that the day lies in.
	 */
	static CalendarPeriod weekOf(LocalDate day) {
		return new CalendarPeriod(null, day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)));
	}

	private boolean monthly() {
		return this.month != null;
	}

	/** The first day that belongs to the period. */
	public LocalDate first() {
		return monthly() ? this.month.atDay(1) : this.week;
	}

	/** The last day that belongs to the period. */
	public LocalDate last() {
		return monthly() ? this.month.atEndOfMonth() : this.week.plusDays(6);
	}

	/** The Monday the grid starts on (in the month before, for most months). */
	public LocalDate gridStart() {
		return first().with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
	}

	/** The Sunday the grid ends on. */
	public LocalDate gridEnd() {
		return last().with(TemporalAdjusters.nextOrSame(DayOfWeek.SUNDAY));
	}

	boolean contains(LocalDate day) {
		return !day.isBefore(first()) && !day.isAfter(last());
	}

	/**
	 * The month or week before, {@code null} when it starts before the planning years.
	 */
	public CalendarPeriod previous() {
		return plannable(monthly() ? month(this.month.minusMonths(1)) : weekOf(this.week.minusWeeks(1)));
	}

	/**
	 * The month or week after, {@code null} when it starts after the planning years.
	 */
	public CalendarPeriod next() {
		return plannable(monthly() ? month(this.month.plusMonths(1)) : weekOf(this.week.plusWeeks(1)));
	}

	private static CalendarPeriod plannable(CalendarPeriod period) {
		return Period.inBounds(period.first()) ? period : null;
	}

}
