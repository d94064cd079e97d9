package nl.cultuurschakel.binnenbuiten.grant;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import nl.cultuurschakel.binnenbuiten.IntegrationTest;
import nl.cultuurschakel.binnenbuiten.account.Actor;
import nl.cultuurschakel.binnenbuiten.idea.IdeaCard;
import nl.cultuurschakel.binnenbuiten.idea.IdeaService;
import nl.cultuurschakel.binnenbuiten.idea.IdeaStatus;
import nl.cultuurschakel.binnenbuiten.partner.NetworkFixtures;
import nl.cultuurschakel.binnenbuiten.partner.PartnerDomain;
import nl.cultuurschakel.binnenbuiten.workshop.WorkshopFigures;
import nl.cultuurschakel.binnenbuiten.workshop.WorkshopService;
import nl.cultuurschakel.binnenbuiten.workshop.WorkshopSummary;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The dashboard figures of workshops, ideas and grants on a small hand-made data set,
 * with records on and just outside the period's boundaries. The data lies in the 2090s,
 * so that "all neighbourhoods" sees only this data.
 */
@IntegrationTest
class YouthFiguresTests {

	static final LocalDate FROM = LocalDate.of(2091, 1, 1);

	static final LocalDate TO = LocalDate.of(2092, 12, 31);

	@Autowired
	WorkshopService workshops;

	@Autowired
	IdeaService ideas;

	@Autowired
	GrantService grants;

	@Autowired
	YouthFixtures youth;

	@Autowired
	NetworkFixtures network;

	Long north;

	Long south;

	Long empty;

	@BeforeEach
	void setUp() {
		this.north = this.network.neighbourhood("Noord");
		this.south = this.network.neighbourhood("Zuid");
		this.empty = this.network.neighbourhood("Leeg");
		Long partner = this.network.partner("Ontvanger", PartnerDomain.SOCIAL);

		this.youth.workshop(this.north, FROM.minusDays(1), 100);
		this.youth.workshop(this.north, FROM, 10);
		this.youth.workshop(this.south, TO, 7);
		this.youth.workshop(this.south, LocalDate.of(2091, 7, 1), 5);
		this.youth.workshop(this.south, TO.plusDays(1), 100);

		this.youth.idea(this.north, "Voor de periode", FROM.minusDays(1));
		Long first = this.youth.idea(this.north, "Eerste dag", FROM);
		Long last = this.youth.idea(this.south, "Laatste dag", TO);
		Long parked = this.youth.idea(this.south, "Midden", LocalDate.of(2092, 5, 5));
		this.youth.idea(this.south, "Na de periode", TO.plusDays(1));
		this.ideas.changeStatus(first, IdeaStatus.EXPLORING, FROM.plusDays(3), null, Actor.SYSTEM);
		this.ideas.changeStatus(parked, IdeaStatus.PARKED, TO, "Te duur", Actor.SYSTEM);

		this.youth.awardedGrant(first, partner, "100.00", FROM.minusDays(1));
		this.youth.awardedGrant(first, partner, "250.50", FROM);
		Long paid = this.youth.awardedGrant(last, partner, "1000.25", TO);
		this.grants.decide(paid,
				new GrantDecision(GrantStatus.PAID, TO.plusDays(5), null, null, null, null, false, null), Actor.SYSTEM);
		this.youth.awardedGrant(last, partner, "400.00", TO.plusDays(1));
		Long rejected = this.youth.grant(last, partner, "300.00", FROM.plusDays(5));
		this.grants.decide(rejected,
				new GrantDecision(GrantStatus.REJECTED, FROM.plusDays(6), null, null, null, null, false, null),
				Actor.SYSTEM);
		this.youth.grant(first, partner, "75.00", FROM.plusDays(7));
	}

	@AfterEach
	void cleanUp() {
		this.youth.deleteCreated();
		this.network.deleteCreated();
	}

	@Test
	void workshopsAndChildrenSpokenToCountInclusivePeriods() {
		assertThat(this.workshops.figures(FROM, TO, null)).isEqualTo(new WorkshopFigures(3, 22));
		assertThat(this.workshops.figures(FROM, TO, List.of(this.north))).isEqualTo(new WorkshopFigures(1, 10));
		assertThat(this.workshops.figures(FROM, TO, List.of(this.empty))).isEqualTo(new WorkshopFigures(0, 0));
		assertThat(this.workshops.figures(FROM.minusDays(1), TO.plusDays(1), null))
			.isEqualTo(new WorkshopFigures(5, 222));
		assertThat(this.workshops.figures(FROM, TO, List.of())).isEqualTo(new WorkshopFigures(0, 0));
	}

	@Test
	void neighbourhoodsWithWorkshopsInThePeriod() {
		assertThat(this.workshops.neighbourhoodIdsWithWorkshops(FROM, TO, null)).containsExactlyInAnyOrder(this.north,
				this.south);
		assertThat(this.workshops.neighbourhoodIdsWithWorkshops(FROM.plusDays(1), TO.minusDays(1), null))
			.containsExactly(this.south);
		assertThat(this.workshops.neighbourhoodIdsWithWorkshops(FROM, TO, List.of(this.north, this.empty)))
			.containsExactly(this.north);
	}

	@Test
	void ideasCollectedInThePeriodAndTheirFunnel() {
		assertThat(this.ideas.countCollected(FROM, TO, null)).isEqualTo(3);
		assertThat(this.ideas.countCollected(FROM, TO, List.of(this.south))).isEqualTo(2);
		Map<IdeaStatus, Long> funnel = this.ideas.countByStatus(FROM, TO, null);
		assertThat(funnel).containsEntry(IdeaStatus.COLLECTED, 1L)
			.containsEntry(IdeaStatus.EXPLORING, 1L)
			.containsEntry(IdeaStatus.PARKED, 1L)
			.containsEntry(IdeaStatus.PLANNED, 0L)
			.containsEntry(IdeaStatus.REALISED, 0L);
		assertThat(this.ideas.countByStatus(FROM, TO, List.of(this.north))).containsEntry(IdeaStatus.EXPLORING, 1L)
			.containsEntry(IdeaStatus.PARKED, 0L);
		Map<Long, Map<IdeaStatus, Long>> perNeighbourhood = this.ideas.countByStatusPerNeighbourhood(FROM, TO,
				List.of(this.north, this.south, this.empty));
		assertThat(perNeighbourhood).containsOnlyKeys(this.north, this.south);
		assertThat(perNeighbourhood.get(this.north)).isEqualTo(this.ideas.countByStatus(FROM, TO, List.of(this.north)));
		assertThat(perNeighbourhood.get(this.south)).isEqualTo(this.ideas.countByStatus(FROM, TO, List.of(this.south)));
	}

	@Test
	void grantsAwardedInThePeriodWithTheirTotalAndPerYear() {
		assertThat(this.grants.awarded(FROM, TO, null)).isEqualTo(new GrantFigures(null, 2, new BigDecimal("1250.75")));
		assertThat(this.grants.awarded(FROM, TO, List.of(this.north)))
			.isEqualTo(new GrantFigures(null, 1, new BigDecimal("250.50")));
		assertThat(this.grants.awarded(FROM, TO, List.of(this.empty)).count()).isZero();
		assertThat(this.grants.awardedPerYear(FROM.minusDays(1), TO.plusDays(1), null)).containsExactly(
				new GrantFigures(2090, 1, new BigDecimal("100.00")),
				new GrantFigures(2091, 1, new BigDecimal("250.50")),
				new GrantFigures(2092, 1, new BigDecimal("1000.25")),
				new GrantFigures(2093, 1, new BigDecimal("400.00")));
	}

	@Test
	void grantsAwardedPerNeighbourhoodOfTheirIdea() {
		assertThat(this.grants.awardedPerNeighbourhood(FROM, TO, List.of(this.north, this.south, this.empty)))
			.containsOnlyKeys(this.north, this.south)
			.containsEntry(this.north, new GrantFigures(null, 1, new BigDecimal("250.50")))
			.containsEntry(this.south, new GrantFigures(null, 1, new BigDecimal("1000.25")));
		assertThat(this.grants.awardedPerNeighbourhood(FROM.minusDays(1), TO, List.of(this.north)))
			.containsEntry(this.north, new GrantFigures(null, 2, new BigDecimal("350.50")));
	}

	@Test
	void anEmptySelectionOfNeighbourhoodsCountsNothingWhileNoSelectionCountsAll() {
		List<Long> none = List.of();
		assertThat(this.workshops.figures(FROM, TO, none)).isEqualTo(new WorkshopFigures(0, 0));
		assertThat(this.workshops.heldIn(FROM, TO, none)).isEmpty();
		assertThat(this.workshops.heldIn(FROM, TO, null)).extracting(WorkshopSummary::childrenSpoken)
			.containsExactly(10, 5, 7);
		assertThat(this.workshops.neighbourhoodIdsWithWorkshops(FROM, TO, none)).isEmpty();
		assertThat(this.ideas.countCollected(FROM, TO, none)).isZero();
		assertThat(this.ideas.collectedIn(FROM, TO, none)).isEmpty();
		assertThat(this.ideas.collectedIn(FROM, TO, null)).extracting(IdeaCard::title)
			.containsExactly("Eerste dag", "Midden", "Laatste dag");
		assertThat(this.ideas.countByStatus(FROM, TO, none)).containsOnlyKeys(IdeaStatus.values())
			.allSatisfy((status, count) -> assertThat(count).isZero());
		assertThat(this.ideas.countByStatusPerNeighbourhood(FROM, TO, none)).isEmpty();
		assertThat(this.grants.awarded(FROM, TO, none).count()).isZero();
		assertThat(this.grants.awardedPerYear(FROM, TO, none)).isEmpty();
		assertThat(this.grants.awardedPerNeighbourhood(FROM, TO, none)).isEmpty();
		assertThat(this.grants.decidedIn(FROM, TO, none)).isEmpty();
		assertThat(this.grants.decidedIn(FROM, TO, null)).extracting(GrantRow::status)
			.containsExactly(GrantStatus.AWARDED, GrantStatus.REJECTED, GrantStatus.PAID);
	}

}
