package nl.cultuurschakel.binnenbuiten.activity;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import lombok.RequiredArgsConstructor;
import nl.cultuurschakel.binnenbuiten.partner.PartnerService;
import nl.cultuurschakel.binnenbuiten.partner.SpaceOption;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Clash detection by {@link ClashKind#between}: for an activity (or series) being
 * planned, for a planning meeting's period, and the check before saving, which takes
 * PostgreSQL advisory locks so two parallel requests cannot both pass it. Runs inside the
 * {@link ActivityService} transaction that calls it.
 */
@Component
@RequiredArgsConstructor
class ActivityClashes {

	private static final int LOCK_NEIGHBOURHOOD = 5001;

	private static final int LOCK_SPACE = 5002;

	private final ActivityRepository activities;

	private final PartnerService partners;

	private final JdbcTemplate jdbc;

	/**
	 * Serialises planning per neighbourhood and space until the transaction ends, so two
	 * parallel requests cannot both pass; then refuses a double booking always, and
	 * overlaps unless they are confirmed.
	 * @throws ActivityClashException with every clash found
	 */
	void check(List<ActivityData> occurrences, Set<Long> ignoredIds, boolean overlapsConfirmed) {
		ActivityData first = occurrences.get(0);
		lock(LOCK_NEIGHBOURHOOD, first.neighbourhoodId());
		if (first.spaceId() != null) {
			lock(LOCK_SPACE, first.spaceId());
		}
		List<Clash> clashes = clashes(occurrences, ignoredIds);
		boolean doubleBooked = clashes.stream().anyMatch((clash) -> clash.kind() == ClashKind.DOUBLE_BOOKING);
		if (doubleBooked || (!clashes.isEmpty() && !overlapsConfirmed)) {
			throw new ActivityClashException(clashes);
		}
	}

	/**
	 * The clashes an activity (or series: the occurrences share neighbourhood and space)
	 * would have, without saving anything.
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
				if (!ignoredIds.contains(other.getId())) {
					ClashKind.between(occurrence, other.data(), parallelUse)
						.ifPresent((kind) -> clashes
							.add(new Clash(kind, occurrence.date(), planned(occurrence), party(other))));
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
			boolean parallelUse = a.getSpaceId() != null && parallel.getOrDefault(a.getSpaceId(), false);
			ClashKind.between(a.data(), b.data(), parallelUse)
				.ifPresent((kind) -> clashes.add(new Clash(kind, a.getDate(), party(a), party(b))));
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
			kinds.merge(clash.first().id(), clash.kind(), ClashKind::moreSerious);
			kinds.merge(clash.second().id(), clash.kind(), ClashKind::moreSerious);
		}
		return kinds;
	}

	private void lock(int kind, Long id) {
		this.jdbc.queryForList("select pg_advisory_xact_lock(?, ?)::text", kind, id.intValue());
	}

	private static Clash.Party planned(ActivityData data) {
		return party(null, data);
	}

	private static Clash.Party party(Activity activity) {
		return party(activity.getId(), activity.data());
	}

	private static Clash.Party party(Long id, ActivityData data) {
		return new Clash.Party(id, data.title(), data.neighbourhoodId(), data.startTime(), data.endTime(),
				data.minAge(), data.maxAge());
	}

}
