package nl.cultuurschakel.binnenbuiten.activity.web;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import nl.cultuurschakel.binnenbuiten.account.CurrentUser;
import nl.cultuurschakel.binnenbuiten.activity.ActivityAccess;
import nl.cultuurschakel.binnenbuiten.activity.ActivityDates;
import nl.cultuurschakel.binnenbuiten.activity.ActivityFilter;
import nl.cultuurschakel.binnenbuiten.activity.ActivityListItem;
import nl.cultuurschakel.binnenbuiten.activity.ActivityService;
import nl.cultuurschakel.binnenbuiten.activity.ClashKind;
import nl.cultuurschakel.binnenbuiten.shared.InvalidPeriodException;
import nl.cultuurschakel.binnenbuiten.shared.InvalidPeriodException.Reason;
import nl.cultuurschakel.binnenbuiten.shared.NotFoundException;
import nl.cultuurschakel.binnenbuiten.shared.Period;

import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The month or week calendar, for one neighbourhood or all the user may see, with every
 * activity that clashes with another marked in words.
 */
@Controller
@RequestMapping("/activities/calendar")
class ActivityCalendarController {

	private static final int MAX_CALENDAR_ACTIVITIES = 2000;

	private final ActivityService activities;

	private final ActivityAccess access;

	private final ActivityFormSupport support;

	private final Clock clock;

	ActivityCalendarController(ActivityService activities, ActivityAccess access, ActivityFormSupport support,
			Clock clock) {
		this.activities = activities;
		this.access = access;
		this.support = support;
		this.clock = clock;
	}

	/**
	 * A month ({@code month=2024-03}) or, with {@code week=<a day>}, the week (Monday to
	 * Sunday) around that day; without either, the current month. A month or day that
	 * cannot be read or lies outside the planning years is a bad request (400).
	 */
	@GetMapping
	String calendar(@RequestParam(required = false) String neighbourhood, @RequestParam(required = false) String month,
			@RequestParam(required = false) String week, @AuthenticationPrincipal CurrentUser user, Model model) {
		LocalDate today = LocalDate.now(this.clock);
		LocalDate weekDay = parseDate(week);
		Long neighbourhoodId = parseId(neighbourhood);
		if (neighbourhoodId != null && !this.access.maySee(user, neighbourhoodId)) {
			throw new NotFoundException("Neighbourhood", neighbourhoodId);
		}
		LocalDate first;
		LocalDate last;
		LocalDate gridStart;
		LocalDate gridEnd;
		if (weekDay != null) {
			Period.day(weekDay).withinBounds();
			first = weekDay.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
			last = first.plusDays(6);
			gridStart = first;
			gridEnd = last;
			model.addAttribute("week", first);
			model.addAttribute("previousWeek", within(first.minusWeeks(1)));
			model.addAttribute("nextWeek", within(first.plusWeeks(1)));
		}
		else {
			YearMonth shown = (month != null) ? parseMonth(month) : YearMonth.from(today);
			new Period(shown.atDay(1), shown.atEndOfMonth()).withinBounds();
			first = shown.atDay(1);
			last = shown.atEndOfMonth();
			gridStart = first.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
			gridEnd = last.with(TemporalAdjusters.nextOrSame(DayOfWeek.SUNDAY));
			model.addAttribute("month", shown);
			model.addAttribute("previousMonth",
					ActivityDates.contains(first.minusMonths(1)) ? shown.minusMonths(1) : null);
			model.addAttribute("nextMonth", ActivityDates.contains(last.plusMonths(1)) ? shown.plusMonths(1) : null);
		}
		ActivityFilter filter = new ActivityFilter(gridStart, gridEnd, neighbourhoodId, null, null, null, null, null,
				this.access.visibleNeighbourhoods(user));
		Map<Long, ClashKind> clashes = this.activities.clashingActivities(gridStart, gridEnd, neighbourhoodId);
		Map<LocalDate, List<CalendarDay.Entry>> byDay = this.activities
			.find(filter, PageRequest.of(0, MAX_CALENDAR_ACTIVITIES, Sort.by("date", "startTime", "id").ascending()))
			.stream()
			.collect(Collectors.groupingBy((item) -> item.row().date(),
					Collectors.mapping(
							(ActivityListItem item) -> new CalendarDay.Entry(item, clashes.get(item.row().id())),
							Collectors.toList())));
		List<List<CalendarDay>> weeks = new ArrayList<>();
		for (LocalDate day = gridStart; !day.isAfter(gridEnd); day = day.plusDays(1)) {
			if (day.getDayOfWeek() == DayOfWeek.MONDAY) {
				weeks.add(new ArrayList<>());
			}
			weeks.get(weeks.size() - 1)
				.add(new CalendarDay(day, !day.isBefore(first) && !day.isAfter(last), day.equals(today),
						byDay.getOrDefault(day, List.of())));
		}
		model.addAttribute("weeks", weeks);
		model.addAttribute("neighbourhoodId", neighbourhoodId);
		model.addAttribute("neighbourhoods", this.support.neighbourhoods(user));
		model.addAttribute("empty", byDay.isEmpty());
		model.addAttribute("anyClash", weeks.stream().flatMap(List::stream).anyMatch(CalendarDay::hasClash));
		return "activities/calendar";
	}

	private static LocalDate within(LocalDate day) {
		return ActivityDates.contains(day) ? day : null;
	}

	private static LocalDate parseDate(String value) {
		try {
			return (value != null) ? LocalDate.parse(value) : null;
		}
		catch (DateTimeParseException ex) {
			throw new InvalidPeriodException(Reason.UNREADABLE);
		}
	}

	private static YearMonth parseMonth(String value) {
		try {
			return YearMonth.parse(value);
		}
		catch (DateTimeParseException ex) {
			throw new InvalidPeriodException(Reason.UNREADABLE);
		}
	}

	private static Long parseId(String value) {
		try {
			return (value != null) ? Long.valueOf(value) : null;
		}
		catch (NumberFormatException ex) {
			return null;
		}
	}

}
