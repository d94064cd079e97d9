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
import java.util.Set;
import java.util.stream.Collectors;

import nl.cultuurschakel.binnenbuiten.account.CurrentUser;
import nl.cultuurschakel.binnenbuiten.activity.ActivityAccess;
import nl.cultuurschakel.binnenbuiten.activity.ActivityFilter;
import nl.cultuurschakel.binnenbuiten.activity.ActivityListItem;
import nl.cultuurschakel.binnenbuiten.activity.ActivityService;
import nl.cultuurschakel.binnenbuiten.partner.PartnerAccess;
import nl.cultuurschakel.binnenbuiten.partner.PartnerService;
import nl.cultuurschakel.binnenbuiten.partner.SpaceView;
import nl.cultuurschakel.binnenbuiten.shared.NotFoundException;

import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Planning views: the month or week calendar per neighbourhood, every clash in a period,
 * and the occupancy of a shared space.
 */
@Controller
@RequestMapping("/activities")
class ActivityPlanningController {

	private static final int MAX_CALENDAR_ACTIVITIES = 2000;

	private final ActivityService activities;

	private final ActivityAccess access;

	private final ActivityFormSupport support;

	private final PartnerService partners;

	private final Clock clock;

	ActivityPlanningController(ActivityService activities, ActivityAccess access, ActivityFormSupport support,
			PartnerService partners, Clock clock) {
		this.activities = activities;
		this.access = access;
		this.support = support;
		this.partners = partners;
		this.clock = clock;
	}

	/**
	 * A month ({@code month=2024-03}) or, with {@code week=<a day>}, the week (Monday to
	 * Sunday) around that day. Unreadable values fall back to the current month.
	 */
	@GetMapping("/calendar")
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
			first = weekDay.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
			last = first.plusDays(6);
			gridStart = first;
			gridEnd = last;
			model.addAttribute("week", first);
			model.addAttribute("previousWeek", first.minusWeeks(1));
			model.addAttribute("nextWeek", first.plusWeeks(1));
		}
		else {
			YearMonth shown = parseMonth(month, YearMonth.from(today));
			first = shown.atDay(1);
			last = shown.atEndOfMonth();
			gridStart = first.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
			gridEnd = last.with(TemporalAdjusters.nextOrSame(DayOfWeek.SUNDAY));
			model.addAttribute("month", shown);
			model.addAttribute("previousMonth", shown.minusMonths(1));
			model.addAttribute("nextMonth", shown.plusMonths(1));
		}
		ActivityFilter filter = new ActivityFilter(gridStart, gridEnd, neighbourhoodId, null, null, null, null, null,
				this.access.visibleNeighbourhoods(user));
		Map<LocalDate, List<ActivityListItem>> byDay = this.activities
			.find(filter, PageRequest.of(0, MAX_CALENDAR_ACTIVITIES, Sort.by("date", "startTime", "id").ascending()))
			.stream()
			.collect(Collectors.groupingBy((item) -> item.row().date()));
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
		return "activities/calendar";
	}

	@GetMapping("/conflicts")
	String conflicts(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
			@RequestParam(required = false) Long neighbourhood, @AuthenticationPrincipal CurrentUser user,
			Model model) {
		LocalDate start = (from != null) ? from : LocalDate.now(this.clock);
		LocalDate end = (to != null) ? to : start.plusMonths(3);
		model.addAttribute("from", start);
		model.addAttribute("to", end);
		model.addAttribute("neighbourhood", neighbourhood);
		model.addAttribute("neighbourhoods", this.support.neighbourhoods(user));
		model.addAttribute("clashes", this.activities.conflicts(start, end, neighbourhood));
		return "activities/conflicts";
	}

	/**
	 * What takes place in a shared space: staff for every space, a partner user for the
	 * own organisation's spaces.
	 */
	@GetMapping("/spaces/{spaceId}")
	String occupancy(@PathVariable Long spaceId,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
			@AuthenticationPrincipal CurrentUser user, Model model) {
		SpaceView space = this.partners.findSpace(spaceId).orElseThrow(() -> new NotFoundException("Space", spaceId));
		if (!PartnerAccess.mayEdit(user, space.partnerId())) {
			throw new NotFoundException("Space", spaceId);
		}
		LocalDate start = (from != null) ? from : LocalDate.now(this.clock).withDayOfMonth(1);
		LocalDate end = (to != null) ? to : start.plusMonths(3).minusDays(1);
		model.addAttribute("space", space);
		model.addAttribute("partnerName", this.partners.names(Set.of(space.partnerId())).get(space.partnerId()));
		model.addAttribute("from", start);
		model.addAttribute("to", end);
		model.addAttribute("occupancy", this.activities.inSpace(spaceId, start, end));
		return "activities/occupancy";
	}

	private static LocalDate parseDate(String value) {
		try {
			return (value != null) ? LocalDate.parse(value) : null;
		}
		catch (DateTimeParseException ex) {
			return null;
		}
	}

	private static YearMonth parseMonth(String value, YearMonth fallback) {
		try {
			return (value != null) ? YearMonth.parse(value) : fallback;
		}
		catch (DateTimeParseException ex) {
			return fallback;
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
