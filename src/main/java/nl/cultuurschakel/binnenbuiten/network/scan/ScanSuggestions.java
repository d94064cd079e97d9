package nl.cultuurschakel.binnenbuiten.network.scan;

import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

import lombok.RequiredArgsConstructor;
import nl.cultuurschakel.binnenbuiten.activity.ActivityFigures;
import nl.cultuurschakel.binnenbuiten.activity.ActivityService;
import nl.cultuurschakel.binnenbuiten.activity.CostType;
import nl.cultuurschakel.binnenbuiten.partner.NetworkMember;
import nl.cultuurschakel.binnenbuiten.partner.NetworkQueries;
import nl.cultuurschakel.binnenbuiten.partner.PartnerService;
import nl.cultuurschakel.binnenbuiten.shared.Period;
import nl.cultuurschakel.binnenbuiten.shared.Share;
import nl.cultuurschakel.binnenbuiten.workshop.WorkshopService;

import org.springframework.stereotype.Component;

/**
 * What the data can tell about some items of a neighbourhood's scan for a year, each with
 * its reason. The network is read as it stood at the end of the year (or today, for the
 * current year); workshops and activities are those of the year, cancelled ones left out.
 * <ul>
 * <li>a network across domains: members from three or more domains in place, two in
 * progress;</li>
 * <li>a fixed contact person, clear roles: every member has one in place, some in
 * progress;</li>
 * <li>youth participation: a youth-participation workshop in the year;</li>
 * <li>financial access: three quarters or more of the activities free or with the
 * Ooievaarspas in place, a quarter in progress;</li>
 * <li>no overlap: activities without a clash in place, otherwise in progress;</li>
 * <li>shared spaces: at least one space the members share;</li>
 * <li>several channels: every activity promoted through two or more channels in place,
 * some in progress.</li>
 * </ul>
 * A few queries per page, through the other modules' public APIs.
 */
@Component
@RequiredArgsConstructor
class ScanSuggestions {

	/** Domains a network across domains has members from. */
	static final int DOMAINS = 3;

	/** Share (percent) of free or Ooievaarspas activities that counts as accessible. */
	static final int ACCESSIBLE = 75;

	/** Share (percent) below which financial access has not started. */
	static final int STARTED = 25;

	private final NetworkQueries network;

	private final PartnerService partners;

	private final WorkshopService workshops;

	private final ActivityFigures activityFigures;

	private final ActivityService activities;

	private final Clock clock;

	Map<ScanItem, Suggestion> suggest(Long neighbourhoodId, int year) {
		Period period = Period.year(year);
		LocalDate today = LocalDate.now(this.clock);
		LocalDate on = period.to().isBefore(today) ? period.to() : today;
		List<Long> here = List.of(neighbourhoodId);
		Map<ScanItem, Suggestion> suggestions = new EnumMap<>(ScanItem.class);
		List<NetworkMember> members = this.network.currentMembers(here, on).getOrDefault(neighbourhoodId, List.of());
		String yearText = String.valueOf(year);
		if (!members.isEmpty()) {
			long domains = members.stream().map(NetworkMember::domain).distinct().count();
			suggestions.put(ScanItem.CROSS_DOMAIN_NETWORK,
					new Suggestion(
							(domains >= DOMAINS) ? ItemStatus.IN_PLACE
									: (domains == DOMAINS - 1) ? ItemStatus.IN_PROGRESS : ItemStatus.NOT_YET,
							"scan.reason.domains", domains, members.size()));
			suggestions.put(ScanItem.FIXED_CONTACT_PERSON,
					everyOrSome(members, (member) -> member.contactName() != null && !member.contactName().isBlank(),
							"scan.reason.contacts"));
			suggestions.put(ScanItem.CLEAR_ROLES,
					everyOrSome(members, (member) -> !member.roles().isEmpty(), "scan.reason.roles"));
			int spaces = this.partners.sharedSpaces(neighbourhoodId, on, null).size();
			suggestions.put(ScanItem.SHARED_SPACES, new Suggestion(
					(spaces > 0) ? ItemStatus.IN_PLACE : ItemStatus.NOT_YET, "scan.reason.spaces", spaces));
		}
		long workshopCount = this.workshops.figures(period.from(), period.to(), here).workshops();
		suggestions.put(ScanItem.YOUTH_PARTICIPATION,
				new Suggestion((workshopCount > 0) ? ItemStatus.IN_PLACE : ItemStatus.NOT_YET, "scan.reason.workshops",
						workshopCount, yearText));
		Map<CostType, Long> byCost = this.activityFigures.countByCostType(period.from(), period.to(), here);
		long activityCount = byCost.values().stream().mapToLong(Long::longValue).sum();
		if (activityCount > 0) {
			int accessible = Share.percent(byCost.get(CostType.FREE) + byCost.get(CostType.OOIEVAARSPAS),
					activityCount);
			suggestions.put(ScanItem.FINANCIAL_ACCESS,
					new Suggestion(
							(accessible >= ACCESSIBLE) ? ItemStatus.IN_PLACE
									: (accessible >= STARTED) ? ItemStatus.IN_PROGRESS : ItemStatus.NOT_YET,
							"scan.reason.accessible", accessible, activityCount, yearText));
			int clashing = this.activities.clashingActivities(period.from(), period.to(), neighbourhoodId).size();
			suggestions.put(ScanItem.NO_OVERLAP,
					(clashing == 0) ? new Suggestion(ItemStatus.IN_PLACE, "scan.reason.noClashes", yearText)
							: new Suggestion(ItemStatus.IN_PROGRESS, "scan.reason.clashes", clashing, yearText));
			long promoted = this.activityFigures.countPromotedThrough(2, period.from(), period.to(), here);
			suggestions.put(ScanItem.SEVERAL_CHANNELS,
					new Suggestion(status(promoted, activityCount), "scan.reason.channels", promoted, activityCount));
		}
		return suggestions;
	}

	private static Suggestion everyOrSome(List<NetworkMember> members, Predicate<NetworkMember> test, String key) {
		long count = members.stream().filter(test).count();
		return new Suggestion(status(count, members.size()), key, count, members.size());
	}

	/** All in place, some in progress, none not yet. */
	private static ItemStatus status(long count, long of) {
		return (count == of) ? ItemStatus.IN_PLACE : (count > 0) ? ItemStatus.IN_PROGRESS : ItemStatus.NOT_YET;
	}

}
