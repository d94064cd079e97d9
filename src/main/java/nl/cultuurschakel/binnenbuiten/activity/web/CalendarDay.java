package nl.cultuurschakel.binnenbuiten.activity.web;

import java.time.LocalDate;
import java.util.List;

import nl.cultuurschakel.binnenbuiten.activity.ActivityListItem;
import nl.cultuurschakel.binnenbuiten.activity.ClashKind;

/**
 * One cell of the calendar.
 *
 * @param inPeriod whether the day belongs to the month (or week) shown
 */
record CalendarDay(LocalDate date, boolean inPeriod, boolean today, List<Entry> entries) {

	public boolean hasClash() {
		return this.entries.stream().anyMatch((entry) -> entry.clash() != null);
	}

	/**
	 * An activity on the day; {@code clash} is the most serious clash it has with another
	 * activity, {@code null} for none.
	 */
	record Entry(ActivityListItem item, ClashKind clash) {
	}

}
