package nl.cultuurschakel.binnenbuiten.network;

import java.util.List;
import java.util.Map;

import nl.cultuurschakel.binnenbuiten.IntegrationTest;
import nl.cultuurschakel.binnenbuiten.QueryCounting;
import nl.cultuurschakel.binnenbuiten.neighbourhood.NeighbourhoodNotFoundException;
import nl.cultuurschakel.binnenbuiten.partner.MembershipRole;
import nl.cultuurschakel.binnenbuiten.partner.NetworkFixtures;
import nl.cultuurschakel.binnenbuiten.partner.PartnerDomain;
import nl.cultuurschakel.binnenbuiten.shared.Period;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Ties are derived from co-organised activities, ideas taken up together, grants on an
 * idea and contact moments, only between members, with the number of joint actions as
 * their weight.
 */
@IntegrationTest
class NetworkDerivationTests extends WithNetworkScenario {

	@Autowired
	NetworkService service;

	@Autowired
	NetworkFixtures network;

	@Test
	void tiesOfTheYearHaveTheirKindsAndWeights() {
		NetworkScenario s = this.scenario;
		Network network = this.service.network(s.neighbourhood, Period.year(2024));
		assertThat(network.ties()).containsExactlyInAnyOrder(tie(s.a, s.b, Map.of(TieKind.ACTIVITY, 3)),
				tie(s.a, s.c, Map.of(TieKind.CONTACT, 1)), tie(s.a, s.d, Map.of(TieKind.CONTACT, 1)),
				tie(s.c, s.d, Map.of(TieKind.CONTACT, 1, TieKind.GRANT, 1)), tie(s.b, s.c, Map.of(TieKind.IDEA, 1)),
				tie(s.b, s.d, Map.of(TieKind.GRANT, 1)));
		assertThat(network.ties()).filteredOn((tie) -> tie.connects(s.a) && tie.connects(s.b))
			.singleElement()
			.extracting(Tie::weight)
			.isEqualTo(3);
	}

	@Test
	void eachYearOfANetworkOverTimeHasTheMetricsOfThatYearsNetwork() {
		NetworkScenario s = this.scenario;
		assertThat(this.service.years(s.neighbourhood, 2023, 2024)).containsExactly(
				new NetworkYear(2023, NetworkMetrics.of(this.service.network(s.neighbourhood, Period.year(2023)))),
				new NetworkYear(2024, NetworkMetrics.of(this.service.network(s.neighbourhood, Period.year(2024)))));
		assertThat(this.service.years(s.neighbourhood, 2024, 2023)).isEmpty();
		assertThatIllegalArgumentException().isThrownBy(() -> this.service.years(s.neighbourhood, 2019, 2024));
		NetworkMetrics metrics = this.service.years(s.neighbourhood, 2024, 2024).get(0).metrics();
		assertThat(metrics.crossDomainTies()).isEqualTo(6);
	}

	@Test
	void membersAreThoseOfTheNeighbourhoodWithTheirActivityCounts() {
		NetworkScenario s = this.scenario;
		Network network = this.service.network(s.neighbourhood, Period.year(2024));
		assertThat(network.members()).extracting(Member::partnerId).containsExactlyInAnyOrder(s.a, s.b, s.c, s.d, s.e);
		assertThat(network.member(s.a).orElseThrow().activities()).isEqualTo(3);
		assertThat(network.member(s.c).orElseThrow().activities()).isZero();
		assertThat(network.member(s.d).orElseThrow().knowledgePartner()).isTrue();
		assertThat(network.tiesOf(s.e)).isZero();
		assertThat(network.ties()).noneMatch((tie) -> tie.connects(s.f));
	}

	@Test
	void thePreviousYearHasItsOwnTiesAndTheReportComparesThem() {
		NetworkScenario s = this.scenario;
		NetworkReport report = this.service.report(s.neighbourhood, Period.year(2024));
		assertThat(report.previous().period()).isEqualTo(Period.year(2023));
		assertThat(report.previous().ties()).containsExactly(tie(s.a, s.c, Map.of(TieKind.ACTIVITY, 1)));
		assertThat(report.fadedTies()).isEmpty();
		assertThat(report.newTies()).hasSize(5).noneMatch((tie) -> tie.connects(s.a) && tie.connects(s.c));
		assertThat(report.previousMetrics().ties()).isEqualTo(1);
		assertThat(report.metrics().ties()).isEqualTo(6);
	}

	@Test
	void theHistoryOfThePageDerivesAPeriodThatIsAlsoOneOfItsYearsOnce() {
		NetworkScenario s = this.scenario;
		QueryCounting.reset();
		List<NetworkYear> years = this.service.years(s.neighbourhood, 2022, 2024);
		long yearsOnly = QueryCounting.statements();
		QueryCounting.reset();
		NetworkHistory history = this.service.history(s.neighbourhood, Period.year(2024), Period.year(2023), 2022,
				2024);
		assertThat(QueryCounting.statements()).isEqualTo(yearsOnly);
		assertThat(history.years()).isEqualTo(years);
		assertThat(history.report()).isEqualTo(this.service.report(s.neighbourhood, Period.year(2024)));
		assertThat(this.service.history(s.neighbourhood, Period.year(2024), Period.year(2021), 2023, 2024)
			.report()
			.previousMetrics()
			.members()).isZero();
	}

	@Test
	void theMetricsOfManyNeighbourhoodsAreEachOnesOwnInTheSameStatementsAsOne() {
		NetworkScenario s = this.scenario;
		Long empty = this.network.neighbourhood("Lege netwerkwijk");
		QueryCounting.reset();
		Map<Long, NetworkMetrics> one = this.service.metrics(List.of(s.neighbourhood), Period.year(2024));
		long statements = QueryCounting.statements();
		QueryCounting.reset();
		Map<Long, NetworkMetrics> three = this.service.metrics(List.of(s.neighbourhood, s.otherNeighbourhood, empty),
				Period.year(2024));
		assertThat(QueryCounting.statements()).isEqualTo(statements);
		assertThat(three).containsOnlyKeys(s.neighbourhood, s.otherNeighbourhood, empty);
		assertThat(three.get(s.neighbourhood)).isEqualTo(one.get(s.neighbourhood))
			.isEqualTo(NetworkMetrics.of(this.service.network(s.neighbourhood, Period.year(2024))));
		assertThat(three.get(s.otherNeighbourhood))
			.isEqualTo(NetworkMetrics.of(this.service.network(s.otherNeighbourhood, Period.year(2024))));
		assertThat(three.get(empty).members()).isZero();
		assertThat(this.service.metrics(List.of(), Period.year(2024))).isEmpty();
	}

	@Test
	void aPeriodBeforeAnyMembershipHasNoMembers() {
		Network network = this.service.network(this.scenario.neighbourhood, Period.year(2021));
		assertThat(network.members()).isEmpty();
		assertThat(network.ties()).isEmpty();
	}

	@Test
	void aReportTakesAFewQueriesWhateverTheNumberOfMembers() {
		QueryCounting.reset();
		this.service.report(this.scenario.neighbourhood, Period.year(2024));
		long small = QueryCounting.statements();
		for (int i = 0; i < 5; i++) {
			this.network.membership(this.network.partner("Extra", PartnerDomain.SOCIAL), this.scenario.neighbourhood,
					NetworkScenario.SINCE, null, MembershipRole.KEY_FIGURE);
		}
		QueryCounting.reset();
		this.service.report(this.scenario.neighbourhood, Period.year(2024));
		assertThat(QueryCounting.statements()).isEqualTo(small).isLessThanOrEqualTo(15);
	}

	@Test
	void anUnknownNeighbourhoodIsNotFound() {
		assertThatExceptionOfType(NeighbourhoodNotFoundException.class)
			.isThrownBy(() -> this.service.report(Long.MAX_VALUE, Period.year(2024)));
	}

	private static Tie tie(Long one, Long other, Map<TieKind, Integer> kinds) {
		List<Long> pair = (one < other) ? List.of(one, other) : List.of(other, one);
		return new Tie(pair.get(0), pair.get(1), kinds);
	}

}
