package nl.cultuurschakel.binnenbuiten.activity.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Set;
import java.util.function.UnaryOperator;

import lombok.RequiredArgsConstructor;
import nl.cultuurschakel.binnenbuiten.account.CurrentUser;
import nl.cultuurschakel.binnenbuiten.activity.ActivityService;
import nl.cultuurschakel.binnenbuiten.partner.PartnerAccess;
import nl.cultuurschakel.binnenbuiten.partner.PartnerService;
import nl.cultuurschakel.binnenbuiten.partner.SpaceView;
import nl.cultuurschakel.binnenbuiten.shared.NotFoundException;
import nl.cultuurschakel.binnenbuiten.shared.Period;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Planning views: every clash in a period and the occupancy of a shared space, each for
 * at most a year; a period outside the planning years or ending before it starts is a bad
 * request (400).
 */
@Controller
@RequestMapping("/activities")
@RequiredArgsConstructor
class ActivityPlanningController {

	/**
	 * The longest period (in days) the clash list and the occupancy of a space show at
	 * once.
	 */
	static final int MAX_PERIOD_DAYS = 366;

	private final ActivityService activities;

	private final ActivityFormSupport support;

	private final PartnerService partners;

	private final Clock clock;

	@GetMapping("/conflicts")
	String conflicts(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
			@RequestParam(required = false) Long neighbourhood, @AuthenticationPrincipal CurrentUser user,
			Model model) {
		Period period = shown(from, to, LocalDate.now(this.clock), (start) -> start.plusMonths(3));
		model.addAttribute("from", period.from());
		model.addAttribute("to", period.to());
		model.addAttribute("neighbourhood", neighbourhood);
		model.addAttribute("neighbourhoods", this.support.neighbourhoods(user));
		model.addAttribute("clashes", this.activities.conflicts(period.from(), period.to(), neighbourhood));
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
		Period period = shown(from, to, LocalDate.now(this.clock).withDayOfMonth(1),
				(start) -> start.plusMonths(3).minusDays(1));
		model.addAttribute("space", space);
		model.addAttribute("partnerName", this.partners.names(Set.of(space.partnerId())).get(space.partnerId()));
		model.addAttribute("from", period.from());
		model.addAttribute("to", period.to());
		model.addAttribute("occupancy", this.activities.inSpace(spaceId, period.from(), period.to()));
		return "activities/occupancy";
	}

	/**
	 * The period a planning view shows: from the day asked for (or the default start) to
	 * the day asked for (or, without it, the default end, never beyond the planning
	 * years), for at most {@link #MAX_PERIOD_DAYS} days.
	 * @throws nl.cultuurschakel.binnenbuiten.shared.InvalidPeriodException (400) for a
	 * day outside the planning years, an end before the start or a longer period
	 */
	private static Period shown(LocalDate from, LocalDate to, LocalDate defaultStart,
			UnaryOperator<LocalDate> defaultEnd) {
		LocalDate start = (from != null) ? from : defaultStart;
		Period.day(start).withinBounds();
		LocalDate end = (to != null) ? to : earliest(defaultEnd.apply(start), Period.LATEST);
		return new Period(start, end).withinBounds().atMostDays(MAX_PERIOD_DAYS);
	}

	private static LocalDate earliest(LocalDate a, LocalDate b) {
		return a.isBefore(b) ? a : b;
	}

}
