package nl.cultuurschakel.binnenbuiten.activity.web;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.TemporalAdjusters;

import nl.cultuurschakel.binnenbuiten.shared.Period;

/**
 * What one calendar page shows: a month or a week (Monday to Sunday), always as whole
 * weeks. Exactly one of {@code month} and {@code week} is set.
 *
 * @param week the Monday of the week
 */
record CalendarPeriod(YearMonth month, LocalDate week) {

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
