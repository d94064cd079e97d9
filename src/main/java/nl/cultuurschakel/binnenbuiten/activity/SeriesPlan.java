package nl.cultuurschakel.binnenbuiten.activity;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * A weekly or fortnightly series, until a date (inclusive) or for a number of
 * occurrences.
 */
public record SeriesPlan(Recurrence recurrence, LocalDate until, Integer occurrences) {

	/** The most occurrences one series may have (two school years of weekly lessons). */
	public static final int MAX_OCCURRENCES = 80;

	public SeriesPlan {
		if (recurrence == null || (until == null) == (occurrences == null)) {
			throw new InvalidActivityException("a series needs a recurrence and either an end date or a count");
		}
		if (occurrences != null && (occurrences < 2 || occurrences > MAX_OCCURRENCES)) {
			throw new InvalidActivityException("occurrences must be 2-" + MAX_OCCURRENCES);
		}
	}

	/**
	 * The dates of every occurrence, starting with {@code first}.
	 * @throws InvalidActivityException when the end date lies before the first date or
	 * the series would be longer than {@link #MAX_OCCURRENCES}
	 */
	public List<LocalDate> dates(LocalDate first) {
		if (this.until != null && this.until.isBefore(first)) {
			throw new InvalidActivityException("the series ends before it starts");
		}
		List<LocalDate> dates = new ArrayList<>();
		for (LocalDate date = first; (this.occurrences != null) ? dates.size() < this.occurrences
				: !date.isAfter(this.until); date = date.plusWeeks(this.recurrence.weeks())) {
			if (dates.size() == MAX_OCCURRENCES) {
				throw new InvalidActivityException("series too long");
			}
			dates.add(date);
		}
		return dates;
	}

}
