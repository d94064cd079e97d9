package nl.cultuurschakel.binnenbuiten.activity;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import nl.cultuurschakel.binnenbuiten.partner.PartnerService;
import nl.cultuurschakel.binnenbuiten.partner.SpaceOption;

import org.springframework.stereotype.Component;

/**
 * Finds clashes: activities at the same time for the same children in a neighbourhood (an
 * overlap), or in the same space that its partner does not share in parallel (a double
 * booking). Runs inside the {@link ActivityService} transaction that calls it.
 */
@Component
class ClashFinder {

	private final ActivityRepository activities;

	private final PartnerService partners;

	ClashFinder(ActivityRepository activities, PartnerService partners) {
		this.activities = activities;
		this.partners = partners;
	}

	/**
	 * The clashes an activity (or series) would have, without saving anything.
	 */
	List<Clash> clashes(List<ActivityData> occurrences, Set<Long> ignoredIds) {
		if (occurrences.isEmpty()) {
			return List.of();
		}
		ActivityData first = occurrences.get(0);
		Set<LocalDate> dates = occurrences.stream().map(ActivityData::date).collect(Collectors.toSet());
		List<Activity> candidates = this.activities.findClashCandidates(first.neighbourhoodId(), first.spaceId(),
				dates);
		boolean parallelUse = (first.spaceId() != null)
				&& this.partners.findSpace(first.spaceId()).map((space) -> space.parallelUse()).orElse(false);
		List<Clash> clashes = new ArrayList<>();
		for (ActivityData occurrence : occurrences) {
			for (Activity other : candidates) {
				if (ignoredIds.contains(other.getId()) || !other.slot().overlaps(occurrence.slot())) {
					continue;
				}
				boolean sameSpace = occurrence.spaceId() != null && occurrence.spaceId().equals(other.getSpaceId());
				boolean sameChildren = occurrence.neighbourhoodId().equals(other.getNeighbourhoodId())
						&& occurrence.ages().overlaps(other.ages());
				if (sameSpace && !parallelUse) {
					clashes.add(clash(ClashKind.DOUBLE_BOOKING, occurrence, other));
				}
				else if (sameChildren) {
					clashes.add(clash(ClashKind.OVERLAP, occurrence, other));
				}
			}
		}
		return clashes;
	}

	/**
	 * Every clash in a period (inclusive), optionally for one neighbourhood, for planning
	 * meetings.
	 */
	List<Clash> conflicts(LocalDate from, LocalDate to, Long neighbourhoodId) {
		Map<Long, Boolean> parallel = this.partners.spaceOptions()
			.stream()
			.collect(Collectors.toMap(SpaceOption::id, SpaceOption::parallelUse));
		List<Clash> clashes = new ArrayList<>();
		for (Object[] pair : this.activities.findClashingPairs(from, to, neighbourhoodId)) {
			Activity a = (Activity) pair[0];
			Activity b = (Activity) pair[1];
			boolean sameSpace = a.getSpaceId() != null && a.getSpaceId().equals(b.getSpaceId());
			boolean sameChildren = a.getNeighbourhoodId().equals(b.getNeighbourhoodId()) && a.ages().overlaps(b.ages());
			if (sameSpace && !parallel.getOrDefault(a.getSpaceId(), false)) {
				clashes.add(new Clash(ClashKind.DOUBLE_BOOKING, a.getDate(), party(a), party(b)));
			}
			else if (sameChildren) {
				clashes.add(new Clash(ClashKind.OVERLAP, a.getDate(), party(a), party(b)));
			}
		}
		return clashes;
	}

	/**
	 * The activities in a period (of a neighbourhood, or all) that clash with another
	 * one, each with its most serious kind of clash (a double booking before an overlap).
	 */
	Map<Long, ClashKind> clashingActivities(LocalDate from, LocalDate to, Long neighbourhoodId) {
		Map<Long, ClashKind> kinds = new HashMap<>();
		for (Clash clash : conflicts(from, to, neighbourhoodId)) {
			kinds.merge(clash.first().id(), clash.kind(), ClashFinder::moreSerious);
			kinds.merge(clash.second().id(), clash.kind(), ClashFinder::moreSerious);
		}
		return kinds;
	}

	private static Clash clash(ClashKind kind, ActivityData planned, Activity other) {
		return new Clash(kind, planned.date(), new Clash.Party(null, planned.title(), planned.neighbourhoodId(),
				planned.startTime(), planned.endTime(), planned.minAge(), planned.maxAge()), party(other));
	}

	private static Clash.Party party(Activity activity) {
		ActivityData data = activity.data();
		return new Clash.Party(activity.getId(), data.title(), data.neighbourhoodId(), data.startTime(), data.endTime(),
				data.minAge(), data.maxAge());
	}

	private static ClashKind moreSerious(ClashKind a, ClashKind b) {
		return (a == ClashKind.DOUBLE_BOOKING) ? a : b;
	}

}
