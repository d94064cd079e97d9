package nl.cultuurschakel.binnenbuiten.activity.web;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import nl.cultuurschakel.binnenbuiten.activity.ActivityListItem;
import nl.cultuurschakel.binnenbuiten.activity.ClashKind;

/**
 * A calendar page: the period's grid as weeks of days, each day with its activities in
 * the order given and the most serious clash of each.
 */
record CalendarPage(CalendarPeriod period, List<List<CalendarDay>> weeks) {

	CalendarPage {
		weeks = weeks.stream().map(List::copyOf).toList();
	}

	/**
	 * @param activities the activities on the days of the grid, in the order a day lists
	 * them
	 * @param clashes the most serious clash per activity id, of those that have one
	 */
	static CalendarPage of(CalendarPeriod period, LocalDate today, List<ActivityListItem> activities,
			Map<Long, ClashKind> clashes) {
		Map<LocalDate, List<CalendarDay.Entry>> byDay = activities.stream()
			.collect(Collectors.groupingBy((item) -> item.row().date(), Collectors
				.mapping((item) -> new CalendarDay.Entry(item, clashes.get(item.row().id())), Collectors.toList())));
		List<List<CalendarDay>> weeks = new ArrayList<>();
		for (LocalDate day = period.gridStart(); !day.isAfter(period.gridEnd()); day = day.plusDays(1)) {
			if (day.getDayOfWeek() == DayOfWeek.MONDAY) {
				weeks.add(new ArrayList<>());
			}
			weeks.get(weeks.size() - 1)
				.add(new CalendarDay(day, period.contains(day), day.equals(today), byDay.getOrDefault(day, List.of())));
		}
		return new CalendarPage(period, weeks);
	}

	/** Whether no day of the grid has an activity. */
	public boolean isEmpty() {
		return this.weeks.stream().flatMap(List::stream).allMatch((day) -> day.entries().isEmpty());
	}

	public boolean hasClash() {
		return this.weeks.stream().flatMap(List::stream).anyMatch(CalendarDay::hasClash);
	}

}
