package nl.cultuurschakel.binnenbuiten.activity;

import java.time.LocalDate;

import nl.cultuurschakel.binnenbuiten.shared.Period;

/**
 * The days activities are planned on and looked up for: 2000 to 2099. A day outside is a
 * typing error or a hand-edited URL; year 9999 or +999999999 would break date arithmetic
 * or the database, so pages refuse such days (400 or a field message) before using them.
 */
public final class ActivityDates {

	/** The first day an activity can have. */
	public static final LocalDate FIRST = Period.EARLIEST;

	/** The last day an activity can have. */
	public static final LocalDate LAST = Period.LATEST;

	private ActivityDates() {
	}

	/**
	 * Whether the day lies within {@link #FIRST} and {@link #LAST} (a missing day does
	 * not).
	 */
	public static boolean contains(LocalDate day) {
		return Period.inBounds(day);
	}

}
