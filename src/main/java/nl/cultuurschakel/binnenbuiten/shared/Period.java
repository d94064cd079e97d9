package nl.cultuurschakel.binnenbuiten.shared;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.stream.IntStream;

import nl.cultuurschakel.binnenbuiten.shared.InvalidPeriodException.Reason;

/**
 * Days from {@code from} to {@code to}, both inclusive. Either end may be open
 * ({@code null}): a membership that lasts until further notice, a list filtered from a
 * day on. A period never ends before it starts.
 * <p>
 * The days the app plans and reports on lie between {@link #EARLIEST} and
 * {@link #LATEST}; a page that has those limits checks them with {@link #withinBounds()}
 * (year 9999 or +999999999 would break date arithmetic or the database), and a page with
 * a longest period checks {@link #atMostYears} or {@link #atMostDays}.
 */
public record Period(LocalDate from, LocalDate to) {

	/** The first day the app plans or reports on. */
	public static final LocalDate EARLIEST = LocalDate.of(2000, 1, 1);

	/** The last day the app plans or reports on. */
	public static final LocalDate LATEST = LocalDate.of(2099, 12, 31);

	/**
	 * @throws InvalidPeriodException when it ends before it starts
	 */
	public Period {
		if (from != null && to != null && to.isBefore(from)) {
			throw new InvalidPeriodException(Reason.END_BEFORE_START);
		}
	}

	/**
	 * The period with both ends given, within {@link #EARLIEST} and {@link #LATEST}.
	 * @throws InvalidPeriodException when an end is missing, it ends before it starts or
	 * lies outside the limits
	 */
	public static Period closed(LocalDate from, LocalDate to) {
		if (from == null || to == null) {
			throw new InvalidPeriodException(Reason.MISSING);
		}
		return new Period(from, to).withinBounds();
	}

	/**
	 * The calendar year.
	 * @throws InvalidPeriodException when the year lies outside the limits
	 */
	public static Period year(long year) {
		if (year < EARLIEST.getYear() || year > LATEST.getYear()) {
			throw new InvalidPeriodException(Reason.OUT_OF_RANGE);
		}
		return new Period(LocalDate.of((int) year, 1, 1), LocalDate.of((int) year, 12, 31));
	}

	/** The period of one day. */
	public static Period day(LocalDate day) {
		return new Period(day, day);
	}

	/**
	 * Whether the day lies within {@link #EARLIEST} and {@link #LATEST} (a missing day
	 * does not).
	 */
	public static boolean inBounds(LocalDate day) {
		return day != null && !day.isBefore(EARLIEST) && !day.isAfter(LATEST);
	}

	/**
	 * @return this period
	 * @throws InvalidPeriodException when a given end lies outside {@link #EARLIEST} to
	 * {@link #LATEST}
	 */
	public Period withinBounds() {
		if ((this.from != null && !inBounds(this.from)) || (this.to != null && !inBounds(this.to))) {
			throw new InvalidPeriodException(Reason.OUT_OF_RANGE);
		}
		return this;
	}

	/**
	 * @return this period, which has both ends
	 * @throws InvalidPeriodException when it lasts {@code years} years or more
	 */
	public Period atMostYears(int years) {
		if (!this.to.isBefore(this.from.plusYears(years))) {
			throw new InvalidPeriodException(Reason.TOO_LONG, years);
		}
		return this;
	}

	/**
	 * @return this period, which has both ends
	 * @throws InvalidPeriodException when it has more than {@code days} days
	 */
	public Period atMostDays(int days) {
		if (days() > days) {
			throw new InvalidPeriodException(Reason.TOO_LONG, days);
		}
		return this;
	}

	public boolean contains(LocalDate day) {
		return !startsAfter(day) && !endsBefore(day);
	}

	/**
	 * Whether the two periods share at least one day.
	 */
	public boolean overlaps(Period other) {
		return (other.from == null || !endsBefore(other.from)) && (this.from == null || !other.endsBefore(this.from));
	}

	/** The number of days of a period with both ends. */
	public long days() {
		return ChronoUnit.DAYS.between(this.from, this.to) + 1;
	}

	/** The calendar years a period with both ends touches, in order. */
	public List<Integer> years() {
		return IntStream.rangeClosed(this.from.getYear(), this.to.getYear()).boxed().toList();
	}

	/**
	 * The period of the same length that ends the day before this one starts; a whole
	 * number of calendar years maps to the same number of years before.
	 */
	public Period previous() {
		if (this.from.getDayOfYear() == 1 && this.to.plusDays(1).getDayOfYear() == 1) {
			long years = this.to.getYear() - this.from.getYear() + 1L;
			return new Period(this.from.minusYears(years), this.from.minusDays(1));
		}
		return new Period(this.from.minusDays(days()), this.from.minusDays(1));
	}

	public boolean isCalendarYear() {
		return this.from != null && this.to != null && this.from.getDayOfYear() == 1
				&& this.to.getYear() == this.from.getYear() && this.to.plusDays(1).getDayOfYear() == 1;
	}

	private boolean startsAfter(LocalDate day) {
		return this.from != null && this.from.isAfter(day);
	}

	private boolean endsBefore(LocalDate day) {
		return this.to != null && this.to.isBefore(day);
	}

}
