package nl.cultuurschakel.binnenbuiten.home;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

import lombok.RequiredArgsConstructor;
import nl.cultuurschakel.binnenbuiten.account.CurrentUser;
import nl.cultuurschakel.binnenbuiten.activity.ActivityAccess;
import nl.cultuurschakel.binnenbuiten.activity.ActivityFilter;
import nl.cultuurschakel.binnenbuiten.activity.ActivityListItem;
import nl.cultuurschakel.binnenbuiten.activity.ActivityService;
import nl.cultuurschakel.binnenbuiten.activity.ActivityStatus;
import nl.cultuurschakel.binnenbuiten.grant.GrantDue;
import nl.cultuurschakel.binnenbuiten.grant.GrantTimeline;
import nl.cultuurschakel.binnenbuiten.idea.IdeaOption;
import nl.cultuurschakel.binnenbuiten.idea.IdeaService;
import nl.cultuurschakel.binnenbuiten.neighbourhood.NeighbourhoodService;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/**
 * The sections of a partner user's start page: the neighbourhoods of the organisation,
 * the coming activities there, the organisation's own activities that need an update (a
 * past date, still planned: neither marked done with the children reached nor cancelled),
 * and the accountability reports due on its grants.
 */
@Component
@RequiredArgsConstructor
class PartnerStart {

	static final int SHOWN = 5;

	private final ActivityService activities;

	private final ActivityAccess access;

	private final GrantTimeline grants;

	private final IdeaService ideas;

	private final NeighbourhoodService neighbourhoods;

	private final Clock clock;

	void addTo(Model model, CurrentUser user) {
		LocalDate today = LocalDate.now(this.clock);
		Set<Long> visible = this.access.visibleNeighbourhoods(user);
		model.addAttribute("myNeighbourhoods", this.neighbourhoods.names(visible));
		model.addAttribute("upcoming",
				this.activities
					.find(new ActivityFilter(today, null, null, null, null, null, ActivityStatus.PLANNED, null,
							visible), PageRequest.of(0, SHOWN, Sort.by("date", "startTime", "id")))
					.getContent());
		Page<ActivityListItem> toUpdate = this.activities.find(
				new ActivityFilter(null, today.minusDays(1), null, user.getPartnerId(), null, null,
						ActivityStatus.PLANNED, null, visible),
				PageRequest.of(0, SHOWN, Sort.by(Sort.Direction.DESC, "date", "startTime").and(Sort.by("id"))));
		model.addAttribute("toUpdate", toUpdate);
		model.addAttribute("yesterday", today.minusDays(1));
		List<GrantDue> due = this.grants.dueOf(user.getPartnerId(), SHOWN);
		Map<Long, IdeaOption> ideaNames = due.isEmpty() ? Map.of()
				: this.ideas.byIds(due.stream().map(GrantDue::ideaId).toList());
		model.addAttribute("grantsDue", due);
		model.addAttribute("grantIdeas", ideaNames);
	}

}
