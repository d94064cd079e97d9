package nl.cultuurschakel.binnenbuiten.activity.web;

import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.List;

import lombok.RequiredArgsConstructor;
import nl.cultuurschakel.binnenbuiten.account.CurrentUser;
import nl.cultuurschakel.binnenbuiten.activity.ActivityAccess;
import nl.cultuurschakel.binnenbuiten.activity.ActivityFilter;
import nl.cultuurschakel.binnenbuiten.activity.ActivityListItem;
import nl.cultuurschakel.binnenbuiten.activity.ActivityService;
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
@RequiredArgsConstructor
class ActivityCalendarController {

	private static final int MAX_CALENDAR_ACTIVITIES = 2000;

	private final ActivityService activities;

	private final ActivityAccess access;

	private final ActivityFormSupport support;

	private final Clock clock;

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
		CalendarPeriod period;
		if (weekDay != null) {
			Period.day(weekDay).withinBounds();
			period = CalendarPeriod.weekOf(weekDay);
		}
		else {
			YearMonth shown = (month != null) ? parseMonth(month) : YearMonth.from(today);
			new Period(shown.atDay(1), shown.atEndOfMonth()).withinBounds();
			period = CalendarPeriod.month(shown);
		}
		ActivityFilter filter = new ActivityFilter(period.gridStart(), period.gridEnd(), neighbourhoodId, null, null,
				null, null, null, this.access.visibleNeighbourhoods(user));
		List<ActivityListItem> items = this.activities
			.find(filter, PageRequest.of(0, MAX_CALENDAR_ACTIVITIES, Sort.by("date", "startTime", "id").ascending()))
			.getContent();
		model.addAttribute("calendar", CalendarPage.of(period, today, items,
				this.activities.clashingActivities(period.gridStart(), period.gridEnd(), neighbourhoodId)));
		model.addAttribute("neighbourhoodId", neighbourhoodId);
		model.addAttribute("neighbourhoods", this.support.neighbourhoods(user));
		return "activities/calendar";
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
