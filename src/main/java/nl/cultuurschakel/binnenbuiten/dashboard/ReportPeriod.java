package nl.cultuurschakel.binnenbuiten.dashboard;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/**
 * A period of whole days, both ends inclusive.
 */
public record ReportPeriod(LocalDate from, LocalDate to) {

	public ReportPeriod {
		if (from == null || to == null || to.isBefore(from)) {
			throw new IllegalArgumentException("A period needs a start on or before its end");
		}
	}

	public static ReportPeriod year(int year) {
		return new ReportPeriod(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31));
	}

	public long days() {
		return ChronoUnit.DAYS.between(this.from, this.to) + 1;
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
