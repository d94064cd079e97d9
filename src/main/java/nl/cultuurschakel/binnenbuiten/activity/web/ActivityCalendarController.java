package nl.cultuurschakel.binnenbuiten.activity.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import lombok.RequiredArgsConstructor;
import nl.cultuurschakel.binnenbuiten.account.CurrentUser;
import nl.cultuurschakel.binnenbuiten.activity.ActivityAccess;
import nl.cultuurschakel.binnenbuiten.activity.ActivityFilter;
import nl.cultuurschakel.binnenbuiten.activity.ActivityListItem;
import nl.cultuurschakel.binnenbuiten.activity.ActivityService;
import nl.cultuurschakel.binnenbuiten.shared.NotFoundException;

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
		CalendarPeriod period = CalendarPeriod.requested(month, week, today);
		Long neighbourhoodId = parseId(neighbourhood);
		if (neighbourhoodId != null && !this.access.maySee(user, neighbourhoodId)) {
			throw new NotFoundException("Neighbourhood", neighbourhoodId);
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

	private static Long parseId(String value) {
		try {
			return (value != null) ? Long.valueOf(value) : null;
		}
		catch (NumberFormatException ex) {
			return null;
		}
	}

}
