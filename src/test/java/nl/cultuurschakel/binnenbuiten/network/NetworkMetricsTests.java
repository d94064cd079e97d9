package nl.cultuurschakel.binnenbuiten.network;

import java.util.List;
import java.util.Map;
import java.util.Set;

import nl.cultuurschakel.binnenbuiten.network.NetworkMetrics.MissingLink;
import nl.cultuurschakel.binnenbuiten.partner.PartnerDomain;
import nl.cultuurschakel.binnenbuiten.shared.Period;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The metrics on small graphs computed by hand.
 */
class NetworkMetricsTests {

	// 1 (arts) - 2 (school) - 3 (social) - 4 (school), and 5 (other) alone:
	// betweenness: 2 lies on 1-3 and 1-4 (2), 3 on 1-4 and 2-4 (2), 1 and 4 on none.
	private static final Network PATH = new Network(1L, Period.year(2024),
			List.of(member(1L, "Atelier", PartnerDomain.ARTS_CULTURE),
					member(2L, "Boomschool", PartnerDomain.EDUCATION), member(3L, "Centrum", PartnerDomain.SOCIAL),
					member(4L, "Dalschool", PartnerDomain.EDUCATION), member(5L, "Eiland", PartnerDomain.OTHER)),
			List.of(new Tie(1L, 2L, Map.of(TieKind.ACTIVITY, 2)), new Tie(2L, 3L, Map.of(TieKind.CONTACT, 1)),
					new Tie(3L, 4L, Map.of(TieKind.IDEA, 1))));

	@Test
	void countsMembersPerDomainAndTies() {
		NetworkMetrics metrics = NetworkMetrics.of(PATH);
		assertThat(metrics.members()).isEqualTo(5);
		assertThat(metrics.membersPerDomain()).containsEntry(PartnerDomain.EDUCATION, 2L)
			.containsEntry(PartnerDomain.ARTS_CULTURE, 1L)
			.containsEntry(PartnerDomain.SOCIAL, 1L)
			.containsEntry(PartnerDomain.OTHER, 1L);
		assertThat(metrics.ties()).isEqualTo(3);
	}

	@Test
	void densityIsTiesOverPossiblePairs() {
		// 3 ties of 5·4/2 = 10 pairs
		assertThat(NetworkMetrics.of(PATH).density()).isEqualTo(0.3);
	}

	@Test
	void crossDomainShareCountsTiesBetweenDifferentDomains() {
		Network sameDomain = new Network(1L, Period.year(2024),
				List.of(member(1L, "Atelier", PartnerDomain.ARTS_CULTURE),
						member(2L, "Bühne", PartnerDomain.ARTS_CULTURE), member(3L, "Centrum", PartnerDomain.SOCIAL)),
				List.of(new Tie(1L, 2L, Map.of(TieKind.ACTIVITY, 1)), new Tie(1L, 3L, Map.of(TieKind.ACTIVITY, 1)),
						new Tie(2L, 3L, Map.of(TieKind.ACTIVITY, 1))));
		assertThat(NetworkMetrics.of(PATH).crossDomainShare()).isEqualTo(1.0);
		assertThat(NetworkMetrics.of(sameDomain).crossDomainShare()).isEqualTo(0.6667);
	}

	@Test
	void isolatedMembersHaveNoTie() {
		assertThat(NetworkMetrics.of(PATH).isolated()).extracting(Member::partnerId).containsExactly(5L);
	}

	@Test
	void brokersHaveTheHighestBetweenness() {
		NetworkMetrics metrics = NetworkMetrics.of(PATH);
		assertThat(metrics.highestBetweenness()).isEqualTo(2.0);
		assertThat(metrics.brokers()).extracting(Member::partnerId).containsExactly(2L, 3L);
	}

	@Test
	void theCentreOfAStarIsTheOnlyBroker() {
		// 1 in the middle of 2, 3, 4: on the paths 2-3, 2-4 and 3-4
		Network star = new Network(1L, Period.year(2024),
				List.of(member(1L, "Bieb", PartnerDomain.OTHER), member(2L, "Atelier", PartnerDomain.ARTS_CULTURE),
						member(3L, "Centrum", PartnerDomain.SOCIAL), member(4L, "Dalschool", PartnerDomain.EDUCATION)),
				List.of(new Tie(1L, 2L, Map.of(TieKind.ACTIVITY, 1)), new Tie(1L, 3L, Map.of(TieKind.ACTIVITY, 1)),
						new Tie(1L, 4L, Map.of(TieKind.ACTIVITY, 1))));
		NetworkMetrics metrics = NetworkMetrics.of(star);
		assertThat(metrics.highestBetweenness()).isEqualTo(3.0);
		assertThat(metrics.brokers()).extracting(Member::partnerId).containsExactly(1L);
	}

	@Test
	void betweennessCountsTiesNotTheirWeight() {
		// a triangle: everyone is directly tied, so nobody lies between two others,
		// however
		// heavy the tie 1-2 is (a weight is not a distance)
		Network triangle = new Network(1L, Period.year(2024),
				List.of(member(1L, "Atelier", PartnerDomain.ARTS_CULTURE),
						member(2L, "Boomschool", PartnerDomain.EDUCATION), member(3L, "Centrum", PartnerDomain.SOCIAL)),
				List.of(new Tie(1L, 2L, Map.of(TieKind.ACTIVITY, 5)), new Tie(1L, 3L, Map.of(TieKind.ACTIVITY, 1)),
						new Tie(2L, 3L, Map.of(TieKind.ACTIVITY, 1))));
		NetworkMetrics metrics = NetworkMetrics.of(triangle);
		assertThat(metrics.highestBetweenness()).isZero();
		assertThat(metrics.brokers()).isEmpty();
	}

	@Test
	void missingLinksAreSchoolsAndSocialMembersWithoutArtsTiesAndTheReverse() {
		// 2 is tied to the arts provider; 3 (social) and 4 (school) are not
		assertThat(NetworkMetrics.of(PATH).missingLinks()).containsExactly(
				new MissingLink(member(3L, "Centrum", PartnerDomain.SOCIAL), PartnerDomain.ARTS_CULTURE),
				new MissingLink(member(4L, "Dalschool", PartnerDomain.EDUCATION), PartnerDomain.ARTS_CULTURE));
	}

	@Test
	void anEmptyNetworkHasZeroes() {
		NetworkMetrics metrics = NetworkMetrics.of(new Network(1L, Period.year(2024), List.of(), List.of()));
		assertThat(metrics.members()).isZero();
		assertThat(metrics.density()).isZero();
		assertThat(metrics.crossDomainShare()).isZero();
		assertThat(metrics.brokers()).isEmpty();
		assertThat(metrics.missingLinks()).isEmpty();
	}

	private static Member member(Long id, String name, PartnerDomain domain) {
		return new Member(id, name, domain, false, Set.of(), null, null, 0);
	}

}
