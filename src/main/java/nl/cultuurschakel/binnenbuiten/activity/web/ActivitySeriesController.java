package nl.cultuurschakel.binnenbuiten.activity.web;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import lombok.RequiredArgsConstructor;
import nl.cultuurschakel.binnenbuiten.account.CurrentUser;
import nl.cultuurschakel.binnenbuiten.activity.ActivityAccess;
import nl.cultuurschakel.binnenbuiten.activity.ActivityListItem;
import nl.cultuurschakel.binnenbuiten.activity.ActivityService;
import nl.cultuurschakel.binnenbuiten.activity.ActivityStatus;
import nl.cultuurschakel.binnenbuiten.shared.NotFoundException;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * A series: every date with its status, as far as the user may see it. An unknown or
 * unreadable series id, or a series the user may see nothing of, is a 404.
 */
@Controller
@RequiredArgsConstructor
class ActivitySeriesController {

	private final ActivityService activities;

	private final ActivityAccess access;

	@GetMapping("/activities/series/{seriesId}")
	String show(@PathVariable(required = false) String seriesId, @AuthenticationPrincipal CurrentUser user,
			Model model) {
		List<ActivityListItem> occurrences = this.activities.series(parse(seriesId),
				this.access.visibleNeighbourhoods(user));
		if (occurrences.isEmpty()) {
			throw new NotFoundException("Series", seriesId);
		}
		Map<ActivityStatus, Long> counts = new EnumMap<>(ActivityStatus.class);
		for (ActivityStatus status : ActivityStatus.values()) {
			counts.put(status, occurrences.stream().filter((item) -> item.row().status() == status).count());
		}
		model.addAttribute("occurrences", occurrences);
		model.addAttribute("first", occurrences.get(0).row());
		model.addAttribute("last", occurrences.get(occurrences.size() - 1).row());
		model.addAttribute("counts", counts);
		return "activities/series";
	}

	private static UUID parse(String seriesId) {
		if (seriesId == null) {
			throw new NotFoundException("Series", "");
		}
		try {
			return UUID.fromString(seriesId);
		}
		catch (IllegalArgumentException ex) {
			throw new NotFoundException("Series", seriesId);
		}
	}

}
