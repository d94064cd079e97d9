package nl.cultuurschakel.binnenbuiten.activity;

import java.time.LocalDate;
import java.time.LocalTime;

/**
 * A date with a start and end time on that day. Two slots overlap when they share a
 * moment of positive length: one ending at 15:00 and the next starting at 15:00 do not
 * overlap.
 */
public record TimeSlot(LocalDate date, LocalTime start, LocalTime end) {

	public TimeSlot {
		if (date == null || start == null || end == null || !end.isAfter(start)) {
			throw new InvalidActivityException("end must be after start on the same day");
		}
	}

	public boolean overlaps(TimeSlot other) {
		return this.date.equals(other.date) && this.start.isBefore(other.end) && other.start.isBefore(this.end);
	}

	/**
	 * Whether the end comes after the start (both given); the form's rule.
	 */
	public static boolean isValid(LocalTime start, LocalTime end) {
		return start == null || end == null || end.isAfter(start);
	}

}
