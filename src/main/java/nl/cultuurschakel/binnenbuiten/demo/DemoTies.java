package nl.cultuurschakel.binnenbuiten.demo;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import lombok.RequiredArgsConstructor;
import nl.cultuurschakel.binnenbuiten.partner.NetworkMember;
import nl.cultuurschakel.binnenbuiten.partner.NetworkQueries;
import nl.cultuurschakel.binnenbuiten.partner.PartnerDomain;

import org.springframework.stereotype.Component;

/**
 * Who works with whom in the demo networks, so that every neighbourhood's network (see
 * the network module) reads like a real one: one broker that links most members (the
 * library, the cultuuranker or the community centre), a few members at the edge without
 * any tie that year, and the rest in between; from 2022 to 2024 more partners meet and
 * organise together, and more of them across domains (school and arts provider, welfare
 * and arts) instead of within their own.
 * <p>
 * The generators ask it who else is present at a contact moment and who co-organises a
 * series of lessons or a one-off activity. It never changes how many records there are,
 * nor any figure of the dashboard: only the other partners present and the co-organisers.
 * Deterministic: it draws no random numbers, so the generators' random choices stay as
 * they were, and it chooses by partner names, not by the ids the database hands out.
 */
@Component
@RequiredArgsConstructor
class DemoTies {

	/**
	 * Per neighbourhood, its broker: the first of these that is a member on the day (in
	 * Morgenstond and Transvaal the second one until the first joins, in 2023).
	 */
	static final Map<String, List<String>> BROKERS = Map.of("Bouwlust", List.of("Bibliotheekvestiging Zuidwest"),
			"Vrederust", List.of("Wijkcentrum De Vredeshof"), "Moerwijk", List.of("Cultuuranker Zuidwest"),
			"Mariahoeve", List.of("Podiumhuis Haagse Hout"), "Morgenstond",
			List.of("Bibliotheekvestiging Zuidwest", "Voetbalvereniging Morgenstond"), "Schilderswijk",
			List.of("Cultuurhuis Centrum"), "Transvaal", List.of("Buurthuis De Oase", "Buurtwerk Transvaal"),
			"Laakkwartier", List.of(DemoPartners.DEMO_USER_PARTNER), "Duindorp", List.of("Buurthuis De Havenkant"));

	/**
	 * The years the network grows in; earlier years are like the first, later like the
	 * last.
	 */
	static final int FIRST_YEAR = 2022;

	static final int LAST_YEAR = 2024;

	/**
	 * Per year from 2022: the share (%) of contact moments with other partners present.
	 */
	private static final int[] WITH_OTHERS = { 45, 60, 80 };

	/** Per year: the share (%) of those where the broker is present too. */
	private static final int[] BROKER_PRESENT = { 90, 95, 100 };

	/**
	 * Per year: the share (%) of partners present (besides the broker) from another
	 * domain than the counterpart's.
	 */
	private static final int[] CROSS_DOMAIN = { 10, 45, 85 };

	/** Per year: every how many one-off activities one is co-organised. */
	private static final int[] CO_ORGANISED_EVERY = { 4, 3, 2 };

	/** Per year: how many city-wide members stay at the edge, without any tie. */
	private static final int[] AT_THE_EDGE = { 3, 2, 1 };

	private final NetworkQueries networks;

	/**
	 * A fresh plan for one generator run: the members of every demo neighbourhood from
	 * 2021 to 2026 (two queries per neighbourhood).
	 */
	Plan plan(DemoNetwork network) {
		Map<Long, Neighbourhood> neighbourhoods = new HashMap<>();
		network.neighbourhoods().forEach((name, id) -> {
			List<NetworkMember> members = this.networks.membersDuring(id, LocalDate.of(2021, 1, 1),
					LocalDate.of(2026, 12, 31));
			List<Long> brokers = BROKERS.get(name).stream().map(network.partners()::get).toList();
			neighbourhoods.put(id, new Neighbourhood(members, brokers, Set.copyOf(network.localPartners().get(name))));
		});
		return new Plan(neighbourhoods);
	}

	/**
	 * Whether the {@code k}-th time (from 0) is one of {@code percent} in a hundred,
	 * spread evenly; with {@code first} the first time is one.
	 */
	private static boolean share(int k, int percent, boolean first) {
		return first ? Math.floorDiv(-k * percent, 100) > Math.floorDiv(-(k + 1) * percent, 100)
				: Math.floorDiv((k + 1) * percent, 100) > Math.floorDiv(k * percent, 100);
	}

	/** A number fixed by the names, whatever ids the database hands out. */
	private static int rank(String one, String other) {
		return (one + "|" + other).hashCode();
	}

	/** The members and brokers of one neighbourhood. */
	private record Neighbourhood(List<NetworkMember> members, List<Long> brokers, Set<Long> local) {

		List<NetworkMember> on(LocalDate date) {
			return this.members.stream()
				.filter((member) -> !member.startDate().isAfter(date)
						&& (member.endDate() == null || !member.endDate().isBefore(date)))
				.toList();
		}

		Long broker(LocalDate date) {
			List<Long> present = on(date).stream().map(NetworkMember::partnerId).toList();
			return this.brokers.stream().filter(present::contains).findFirst().orElse(null);
		}

		/**
		 * The city-wide members at the edge in the year, of those that are members some
		 * time that year: a window over them that moves each year, so some join the
		 * network and others fade from it.
		 */
		Set<Long> edge(int year) {
			LocalDate from = LocalDate.of(year, 1, 1);
			LocalDate to = LocalDate.of(year, 12, 31);
			List<Long> cityWide = this.members.stream()
				.filter((member) -> !this.local.contains(member.partnerId())
						&& !this.brokers.contains(member.partnerId()) && !member.startDate().isAfter(to)
						&& (member.endDate() == null || !member.endDate().isBefore(from)))
				.sorted(Comparator.comparing((NetworkMember member) -> rank("edge", member.partnerName())))
				.map(NetworkMember::partnerId)
				.toList();
			Set<Long> edge = new LinkedHashSet<>();
			int step = step(year);
			for (int i = 0; i < AT_THE_EDGE[step] && i < cityWide.size() - 2; i++) {
				edge.add(cityWide.get((2 * step + i) % cityWide.size()));
			}
			return edge;
		}

	}

	private static int step(int year) {
		return Math.max(0, Math.min(LAST_YEAR, year) - FIRST_YEAR);
	}

	/**
	 * The choices of one generator run, in the order it asks.
	 */
	static final class Plan {

		private final Map<Long, Neighbourhood> neighbourhoods;

		/** Per neighbourhood and year, how often each question was asked so far. */
		private final Map<String, Integer> counts = new HashMap<>();

		private final Map<String, Set<Long>> edges = new HashMap<>();

		private Plan(Map<Long, Neighbourhood> neighbourhoods) {
			this.neighbourhoods = neighbourhoods;
		}

		/**
		 * The other partners present at a contact moment with the counterpart in the
		 * neighbourhood on the day: none, or the broker and one more member, from the
		 * counterpart's own domain or (more often every year) from another. Each partner
		 * meets the same others first, every year, so ties last.
		 */
		Set<Long> presentAt(Long neighbourhoodId, LocalDate date, Long counterpartId) {
			Neighbourhood neighbourhood = (neighbourhoodId != null) ? this.neighbourhoods.get(neighbourhoodId) : null;
			if (neighbourhood == null) {
				return Set.of();
			}
			int step = step(date.getYear());
			Set<Long> edge = edge(neighbourhoodId, date.getYear());
			if (edge.contains(counterpartId)
					|| !share(next(neighbourhoodId, date, "contact"), WITH_OTHERS[step], true)) {
				return Set.of();
			}
			List<NetworkMember> members = neighbourhood.on(date);
			NetworkMember counterpart = members.stream()
				.filter((member) -> member.partnerId().equals(counterpartId))
				.findFirst()
				.orElse(null);
			if (counterpart == null) {
				return Set.of();
			}
			Long broker = neighbourhood.broker(date);
			Set<Long> present = new LinkedHashSet<>();
			if (broker != null && !broker.equals(counterpartId)
					&& share(next(neighbourhoodId, date, "broker"), BROKER_PRESENT[step], true)) {
				present.add(broker);
			}
			boolean cross = share(next(neighbourhoodId, date, "cross"), CROSS_DOMAIN[step], false);
			List<NetworkMember> candidates = members.stream()
				.filter((member) -> !member.partnerId().equals(counterpartId) && !member.partnerId().equals(broker)
						&& !edge.contains(member.partnerId()) && (member.domain() != counterpart.domain()) == cross)
				.sorted(Comparator
					.comparing((NetworkMember member) -> rank(counterpart.partnerName(), member.partnerName())))
				.toList();
			if (!candidates.isEmpty()) {
				int turn = next(neighbourhoodId, date, counterpartId + "/" + cross);
				present.add(candidates.get(turn % candidates.size()).partnerId());
			}
			return present;
		}

		/**
		 * The co-organisers of a one-off activity besides its organiser, every few ones:
		 * in 2022 a partner of the organiser's own domain, then more and more the broker
		 * and the neighbourhood's own arts provider.
		 * @param artsProvider the neighbourhood's own arts provider
		 */
		Set<Long> coOrganisers(Long neighbourhoodId, LocalDate date, Long organiser, Long artsProvider) {
			int step = step(date.getYear());
			int k = next(neighbourhoodId, date, "one-off");
			if (k % CO_ORGANISED_EVERY[step] != 0) {
				return Set.of();
			}
			Neighbourhood neighbourhood = this.neighbourhoods.get(neighbourhoodId);
			List<NetworkMember> members = neighbourhood.on(date);
			PartnerDomain domain = members.stream()
				.filter((member) -> member.partnerId().equals(organiser))
				.map(NetworkMember::domain)
				.findFirst()
				.orElse(null);
			Set<Long> edge = edge(neighbourhoodId, date.getYear());
			Long sameDomain = members.stream()
				.filter((member) -> member.domain() == domain && !member.partnerId().equals(organiser)
						&& !edge.contains(member.partnerId()))
				.map(NetworkMember::partnerId)
				.findFirst()
				.orElse(null);
			int turn = k / CO_ORGANISED_EVERY[step];
			Long other = switch (step) {
				case 0 -> (turn % 2 == 0) ? sameDomain : neighbourhood.broker(date);
				case 1 -> (turn % 3 == 0) ? sameDomain : neighbourhood.broker(date);
				default -> (turn % 3 == 2) ? artsProvider : neighbourhood.broker(date);
			};
			return (other == null || other.equals(organiser)) ? Set.of() : Set.of(other);
		}

		/**
		 * The co-organiser of a series of lessons besides its arts provider and host: the
		 * broker, which so links the schools to the rest of the network.
		 */
		Set<Long> ofSeries(Long neighbourhoodId, LocalDate first) {
			Long broker = this.neighbourhoods.get(neighbourhoodId).broker(first);
			return (broker != null) ? Set.of(broker) : Set.of();
		}

		private Set<Long> edge(Long neighbourhoodId, int year) {
			return this.edges.computeIfAbsent(neighbourhoodId + "/" + year,
					(key) -> this.neighbourhoods.get(neighbourhoodId).edge(year));
		}

		/** How many times this was asked before in the neighbourhood and year. */
		private int next(Long neighbourhoodId, LocalDate date, String what) {
			return this.counts.merge(neighbourhoodId + "/" + date.getYear() + "/" + what, 1, Integer::sum) - 1;
		}

	}

}
