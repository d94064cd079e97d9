package nl.cultuurschakel.binnenbuiten.activity.web;

import java.time.LocalDate;
import java.util.List;

import nl.cultuurschakel.binnenbuiten.activity.ActivityListItem;

/**
 * One cell of the calendar.
 *
 * @param inPeriod whether the day belongs to the month (or week) shown
 */
record CalendarDay(LocalDate date, boolean inPeriod, boolean today, List<ActivityListItem> activities) {

}
