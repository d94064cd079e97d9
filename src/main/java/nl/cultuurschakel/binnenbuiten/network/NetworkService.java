package nl.cultuurschakel.binnenbuiten.network;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

import lombok.RequiredArgsConstructor;
import nl.cultuurschakel.binnenbuiten.activity.ActivityFigures;
import nl.cultuurschakel.binnenbuiten.contact.ContactFigures;
import nl.cultuurschakel.binnenbuiten.grant.GrantOnIdea;
import nl.cultuurschakel.binnenbuiten.grant.GrantService;
import nl.cultuurschakel.binnenbuiten.idea.IdeaService;
import nl.cultuurschakel.binnenbuiten.idea.IdeaTakeUp;
import nl.cultuurschakel.binnenbuiten.neighbourhood.NeighbourhoodNotFoundException;
import nl.cultuurschakel.binnenbuiten.neighbourhood.NeighbourhoodService;
import nl.cultuurschakel.binnenbuiten.partner.NetworkMember;
import nl.cultuurschakel.binnenbuiten.partner.NetworkQueries;
import nl.cultuurschakel.binnenbuiten.shared.Period;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The network of a neighbourhood in a period, derived from the work recorded in the other
 * modules (a read model: nothing is stored).
 * <p>
 * Definitions (the page shows the same):
 * <ul>
 * <li>A <em>member</em> is a partner with a membership of the neighbourhood that shares
 * at least one day with the period.</li>
 * <li>Two members are <em>tied</em> when they did at least one joint action in the
 * neighbourhood in the period: co-organised an activity (dated in the period, not
 * cancelled), took up the same idea (collected in the period), are on the same grant's
 * idea (the recipient of a grant requested in the period, not rejected or withdrawn, and
 * each partner taking up that idea), or met at the same contact moment (dated in the
 * period; the counterpart and the other partners present). Partners that are not members
 * in the period add no ties.</li>
 * <li>The <em>weight</em> of a tie is the number of those joint actions; an activity with
 * three organisers is one joint action for each of its three pairs.</li>
 * </ul>
 * Seven queries per network, whatever its size, and the same for the networks of any
 * number of neighbourhoods.
 */
@Service
@Transactional(readOnly = true)
@RequiredArgsConstructor
public class NetworkService {

	/** The most years {@link #years} compares. */
	public static final int MOST_YEARS = 5;

	private final NeighbourhoodService neighbourhoods;

	private final NetworkQueries memberships;

	private final ActivityFigures activities;

	private final ContactFigures contacts;

	private final IdeaService ideas;

	private final GrantService grants;

	/**
	 * The network in the period and the same for the period before (the year before, for
	 * a calendar year), with their metrics.
	 * @throws NeighbourhoodNotFoundException for an unknown neighbourhood
	 */
	public NetworkReport report(Long neighbourhoodId, Period period) {
		return report(neighbourhoodId, period, period.previous());
	}

	/**
	 * The network in the period next to the same in another period, such as 2024 next to
	 * 2022, with their metrics.
	 * @throws NeighbourhoodNotFoundException for an unknown neighbourhood
	 */
	public NetworkReport report(Long neighbourhoodId, Period period, Period comparedWith) {
		checkExists(neighbourhoodId);
		return report(new Networks(neighbourhoodId), period, comparedWith);
	}

	/**
	 * The network of the neighbourhood in a period with both ends.
	 * @throws NeighbourhoodNotFoundException for an unknown neighbourhood
	 */
	public Network network(Long neighbourhoodId, Period period) {
		checkExists(neighbourhoodId);
		return derive(neighbourhoodId, period);
	}

	/**
	 * The neighbourhood's network over time: the metrics of each calendar year from the
	 * first to the last, oldest first; none when the first comes after the last.
	 * @throws NeighbourhoodNotFoundException for an unknown neighbourhood
	 * @throws IllegalArgumentException for more than {@value #MOST_YEARS} years
	 */
	public List<NetworkYear> years(Long neighbourhoodId, int first, int last) {
		checkYears(first, last);
		checkExists(neighbourhoodId);
		return years(new Networks(neighbourhoodId), first, last);
	}

	/**
	 * What the network page shows: the network in the period next to the one it is
	 * compared with, and the network over the years from first to last. A period that is
	 * also one of those years is derived once.
	 * @throws NeighbourhoodNotFoundException for an unknown neighbourhood
	 * @throws IllegalArgumentException for more than {@value #MOST_YEARS} years
	 */
	public NetworkHistory history(Long neighbourhoodId, Period period, Period comparedWith, int first, int last) {
		checkYears(first, last);
		checkExists(neighbourhoodId);
		Networks networks = new Networks(neighbourhoodId);
		return new NetworkHistory(report(networks, period, comparedWith), years(networks, first, last));
	}

	private static NetworkReport report(Networks networks, Period period, Period comparedWith) {
		Network current = networks.in(period);
		Network previous = networks.in(comparedWith);
		return new NetworkReport(current, NetworkMetrics.of(current), previous, NetworkMetrics.of(previous));
	}

	private static List<NetworkYear> years(Networks networks, int first, int last) {
		List<NetworkYear> years = new ArrayList<>();
		for (int year = first; year <= last; year++) {
			years.add(new NetworkYear(year, NetworkMetrics.of(networks.in(Period.year(year)))));
		}
		return years;
	}

	private static void checkYears(int first, int last) {
		if (last - first >= MOST_YEARS) {
			throw new IllegalArgumentException("At most " + MOST_YEARS + " years, not " + first + "–" + last);
		}
	}

	/** One neighbourhood's networks, each period derived once. */
	private final class Networks {

		private final Long neighbourhoodId;

		private final Map<Period, Network> derived = new HashMap<>();

		Networks(Long neighbourhoodId) {
			this.neighbourhoodId = neighbourhoodId;
		}

		Network in(Period period) {
			return this.derived.computeIfAbsent(period, (asked) -> derive(this.neighbourhoodId, asked));
		}

	}

	/**
	 * The metrics of each neighbourhood's network in the period, with the same statements
	 * for any number of neighbourhoods (the yearly report's overview); a neighbourhood
	 * without members has an empty network.
	 */
	public Map<Long, NetworkMetrics> metrics(Collection<Long> neighbourhoodIds, Period period) {
		Map<Long, NetworkMetrics> metrics = new LinkedHashMap<>();
		deriveAll(neighbourhoodIds, period).forEach((id, network) -> metrics.put(id, NetworkMetrics.of(network)));
		return metrics;
	}

	/**
	 * The networks of the neighbourhoods in the period next to the period before, with
	 * the same statements for any number of neighbourhoods.
	 */
	public NetworkOverview overview(Collection<Long> neighbourhoodIds, Period period) {
		return new NetworkOverview(period, metrics(neighbourhoodIds, period),
				metrics(neighbourhoodIds, period.previous()));
	}

	private void checkExists(Long neighbourhoodId) {
		if (!this.neighbourhoods.exists(neighbourhoodId)) {
			throw new NeighbourhoodNotFoundException(neighbourhoodId);
		}
	}

	private Network derive(Long neighbourhoodId, Period period) {
		return deriveAll(List.of(neighbourhoodId), period).get(neighbourhoodId);
	}

	/**
	 * The networks of the neighbourhoods in the period, with the same statements for any
	 * number of them.
	 */
	private Map<Long, Network> deriveAll(Collection<Long> neighbourhoodIds, Period period) {
		LocalDate from = period.from();
		LocalDate to = period.to();
		Map<Long, List<NetworkMember>> found = this.memberships.membersDuring(neighbourhoodIds, from, to);
		Map<Long, Map<Long, Set<Long>>> organisers = this.activities.organisersPerActivity(neighbourhoodIds, from, to);
		Map<Long, Map<Long, Set<Long>>> present = this.contacts.partnersPerContact(neighbourhoodIds, from, to);
		Map<Long, List<IdeaTakeUp>> takeUps = this.ideas.takeUpsIn(neighbourhoodIds);
		Map<Long, Set<Long>> takenUpBy = new HashMap<>();
		takeUps.values()
			.forEach((ideas) -> ideas.forEach((takeUp) -> takenUpBy.put(takeUp.ideaId(), takeUp.partnerIds())));
		Map<Long, List<GrantOnIdea>> grantsPerIdea = this.grants.onIdeas(takenUpBy.keySet(), from, to)
			.stream()
			.collect(Collectors.groupingBy(GrantOnIdea::ideaId));
		Map<Long, Network> networks = new LinkedHashMap<>();
		for (Long neighbourhoodId : neighbourhoodIds) {
			List<NetworkMember> members = found.getOrDefault(neighbourhoodId, List.of());
			JointActions joint = new JointActions(
					members.stream().map(NetworkMember::partnerId).collect(Collectors.toSet()));
			Map<Long, Integer> activityCounts = new HashMap<>();
			for (Set<Long> partnerIds : organisers.getOrDefault(neighbourhoodId, Map.of()).values()) {
				joint.amongAll(TieKind.ACTIVITY, partnerIds);
				partnerIds.forEach((partnerId) -> activityCounts.merge(partnerId, 1, Integer::sum));
			}
			present.getOrDefault(neighbourhoodId, Map.of())
				.values()
				.forEach((partnerIds) -> joint.amongAll(TieKind.CONTACT, partnerIds));
			for (IdeaTakeUp takeUp : takeUps.getOrDefault(neighbourhoodId, List.of())) {
				if (period.contains(takeUp.collectedOn())) {
					joint.amongAll(TieKind.IDEA, takeUp.partnerIds());
				}
				for (GrantOnIdea grant : grantsPerIdea.getOrDefault(takeUp.ideaId(), List.of())) {
					takeUp.partnerIds()
						.forEach((partnerId) -> joint.between(TieKind.GRANT, grant.recipientId(), partnerId));
				}
			}
			networks.put(neighbourhoodId,
					new Network(neighbourhoodId, period,
							members.stream()
								.map((member) -> new Member(member.partnerId(), member.partnerName(), member.domain(),
										member.knowledgePartner(), member.roles(), member.contactName(),
										member.contactEmail(), activityCounts.getOrDefault(member.partnerId(), 0)))
								.toList(),
							joint.ties()));
		}
		return networks;
	}

	/** Counts joint actions per pair of members. */
	private static final class JointActions {

		private final Set<Long> memberIds;

		private final Map<Pair, Map<TieKind, Integer>> perPair = new TreeMap<>(
				Comparator.comparing(Pair::first).thenComparing(Pair::second));

		JointActions(Set<Long> memberIds) {
			this.memberIds = memberIds;
		}

		void amongAll(TieKind kind, Collection<Long> partnerIds) {
			List<Long> ids = partnerIds.stream().distinct().sorted().toList();
			for (int i = 0; i < ids.size(); i++) {
				for (int j = i + 1; j < ids.size(); j++) {
					between(kind, ids.get(i), ids.get(j));
				}
			}
		}

		void between(TieKind kind, Long one, Long other) {
			if (one.equals(other) || !this.memberIds.contains(one) || !this.memberIds.contains(other)) {
				return;
			}
			Pair pair = (one < other) ? new Pair(one, other) : new Pair(other, one);
			this.perPair.computeIfAbsent(pair, (key) -> new EnumMap<>(TieKind.class)).merge(kind, 1, Integer::sum);
		}

		List<Tie> ties() {
			return this.perPair.entrySet()
				.stream()
				.map((entry) -> new Tie(entry.getKey().first(), entry.getKey().second(), entry.getValue()))
				.toList();
		}

		/** Two members, the lower id first. */
		private record Pair(Long first, Long second) {

		}

	}

}
