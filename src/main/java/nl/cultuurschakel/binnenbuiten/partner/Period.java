package nl.cultuurschakel.binnenbuiten.partner;

import java.time.LocalDate;

/**
 * Days from {@code start} to {@code end}, both inclusive; an open end ({@code null})
 * lasts until further notice.
 */
public record Period(LocalDate start, LocalDate end) {

	public Period {
		if (start == null) {
			throw new IllegalArgumentException("A period needs a start");
		}
		if (end != null && end.isBefore(start)) {
			throw new IllegalArgumentException("A period cannot end before it starts");
		}
	}

	/**
	 * Whether the two periods share at least one day.
	 */
	public boolean overlaps(Period other) {
		return !endsBefore(other.start) && !other.endsBefore(this.start);
	}

	public boolean contains(LocalDate day) {
		return !day.isBefore(this.start) && !endsBefore(day);
	}

	private boolean endsBefore(LocalDate day) {
		return this.end != null && this.end.isBefore(day);
	}

}
