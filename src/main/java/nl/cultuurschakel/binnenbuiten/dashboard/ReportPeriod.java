package nl.cultuurschakel.binnenbuiten.dashboard;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.stream.IntStream;

import nl.cultuurschakel.binnenbuiten.dashboard.InvalidPeriodException.Reason;

/**
 * A period of whole days, both ends inclusive. Periods that people ask for ({@link #of},
 * {@link #year}) lie between {@link #EARLIEST} and {@link #LATEST} and span at most
 * {@link #MAX_YEARS} years, so that every figure stays a bounded query.
 */
public record ReportPeriod(LocalDate from, LocalDate to) {

	/** The first day a report may cover. */
	public static final LocalDate EARLIEST = LocalDate.of(2000, 1, 1);

	/** The last day a report may cover. */
	public static final LocalDate LATEST = LocalDate.of(2099, 12, 31);

	/** The longest period, in years. */
	public static final int MAX_YEARS = 25;

	public ReportPeriod {
		if (from == null || to == null || to.isBefore(from)) {
			throw new IllegalArgumentException("A period needs a start on or before its end");
		}
	}

	/**
	 * The period from {@code from} to {@code to}, both inclusive.
	 * @throws InvalidPeriodException when it ends before it starts, lies outside the
	 * limits or is too long
	 */
	public static ReportPeriod of(LocalDate from, LocalDate to) {
		if (to.isBefore(from)) {
			throw new InvalidPeriodException(Reason.END_BEFORE_START);
		}
		if (from.isBefore(EARLIEST) || to.isAfter(LATEST)) {
			throw new InvalidPeriodException(Reason.OUT_OF_RANGE);
		}
		if (!to.isBefore(from.plusYears(MAX_YEARS))) {
			throw new InvalidPeriodException(Reason.TOO_LONG);
		}
		return new ReportPeriod(from, to);
	}

	/**
	 * The calendar year.
	 * @throws InvalidPeriodException when the year lies outside the limits
	 */
	public static ReportPeriod year(long year) {
		if (year < EARLIEST.getYear() || year > LATEST.getYear()) {
			throw new InvalidPeriodException(Reason.OUT_OF_RANGE);
		}
		return of(LocalDate.of((int) year, 1, 1), LocalDate.of((int) year, 12, 31));
	}

	public long days() {
		return ChronoUnit.DAYS.between(this.from, this.to) + 1;
	}

	/** The calendar years the period touches, in order. */
	public List<Integer> years() {
		return IntStream.rangeClosed(this.from.getYear(), this.to.getYear()).boxed().toList();
	}

	/**
	 * The period of the same length that ends the day before this one starts; a whole
	 * number of calendar years maps to the same number of years before.
	 */
	public ReportPeriod previous() {
		if (this.from.getDayOfYear() == 1 && this.to.plusDays(1).getDayOfYear() == 1) {
			long years = this.to.getYear() - this.from.getYear() + 1L;
			return new ReportPeriod(this.from.minusYears(years), this.from.minusDays(1));
		}
		return new ReportPeriod(this.from.minusDays(days()), this.from.minusDays(1));
	}

	public boolean isCalendarYear() {
		return this.from.getDayOfYear() == 1 && this.to.getYear() == this.from.getYear()
				&& this.to.plusDays(1).getDayOfYear() == 1;
	}

}
