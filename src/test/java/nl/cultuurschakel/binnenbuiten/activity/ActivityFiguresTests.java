package nl.cultuurschakel.binnenbuiten.activity;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import jakarta.persistence.EntityManager;

import nl.cultuurschakel.binnenbuiten.IntegrationTest;
import nl.cultuurschakel.binnenbuiten.activity.ActivityFigures.NeighbourhoodActivities;
import nl.cultuurschakel.binnenbuiten.partner.NetworkFixtures;
import nl.cultuurschakel.binnenbuiten.partner.PartnerDomain;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.annotation.Transactional;

import static nl.cultuurschakel.binnenbuiten.activity.ActivityFixtures.activity;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The activity figures on a small hand-made data set: boundary days count, a cancelled
 * activity does not. Restricted to the test's neighbourhoods, so other data does not
 * matter.
 */
@IntegrationTest
@Transactional
class ActivityFiguresTests {

	private static final LocalDate FROM = LocalDate.of(2023, 1, 1);

	private static final LocalDate TO = LocalDate.of(2023, 12, 31);

	@Autowired
	ActivityFigures figures;

	@Autowired
	ActivityService activities;

	@Autowired
	ActivityFixtures fixtures;

	@Autowired
	NetworkFixtures network;

	@Autowired
	EntityManager entityManager;

	Long north;

	Long south;

	List<Long> both;

	@BeforeEach
	void setUp() {
		this.north = this.network.neighbourhood("Noordwijk");
		this.south = this.network.neighbourhood("Zuidwijk");
		this.both = List.of(this.north, this.south);
		Long partner = this.network.partner("Telpartner", PartnerDomain.SOCIAL);
		// In the period: first day, last day, and one in between.
		Long first = this.fixtures.activity(activity(this.north, partner, FROM, "10:00", "11:00"));
		Long last = this.fixtures
			.activity(activity(this.north, partner, TO, "10:00", "11:00").cost(CostType.OOIEVAARSPAS));
		this.fixtures.activity(activity(this.south, partner, LocalDate.of(2023, 6, 1), "10:00", "11:00").paid("5.00"));
		this.activities.markDone(first, 12);
		this.activities.markDone(last, 8);
		// Outside the period, and cancelled inside it.
		Long before = this.fixtures.activity(activity(this.north, partner, FROM.minusDays(1), "10:00", "11:00"));
		this.activities.markDone(before, 100);
		this.fixtures.activity(activity(this.south, partner, TO.plusDays(1), "10:00", "11:00"));
		Long cancelled = this.fixtures
			.activity(activity(this.south, partner, LocalDate.of(2023, 3, 1), "10:00", "11:00"));
		this.activities.markDone(cancelled, 50);
		this.activities.cancel(cancelled, "Geen zaal");
		// The figures read with plain SQL, as the dashboard will, in this same
		// transaction.
		this.entityManager.flush();
	}

	@Test
	void countsActivitiesInThePeriodInclusiveWithoutCancelled() {
		assertThat(this.figures.count(FROM, TO, this.both)).isEqualTo(3);
		assertThat(this.figures.count(FROM, TO, List.of(this.north))).isEqualTo(2);
		assertThat(this.figures.count(FROM, FROM, this.both)).isEqualTo(1);
		assertThat(this.figures.count(FROM, TO, List.of())).isZero();
		assertThat(this.figures.count(FROM, TO, null)).isGreaterThanOrEqualTo(3);
	}

	@Test
	void sumsChildrenReached() {
		assertThat(this.figures.childrenReached(FROM, TO, this.both)).isEqualTo(20);
		assertThat(this.figures.childrenReached(FROM.minusDays(1), TO, this.both)).isEqualTo(120);
	}

	@Test
	void countsByCostType() {
		assertThat(this.figures.countByCostType(FROM, TO, this.both)).containsExactlyInAnyOrderEntriesOf(
				Map.of(CostType.FREE, 1L, CostType.OOIEVAARSPAS, 1L, CostType.PAID, 1L));
	}

	@Test
	void countsPerYearAndPerNeighbourhood() {
		assertThat(this.figures.countPerYear(FROM.minusDays(1), TO.plusDays(1), this.both))
			.containsExactly(Map.entry(2022, 1L), Map.entry(2023, 3L), Map.entry(2024, 1L));
		assertThat(this.figures.countPerNeighbourhood(FROM, TO, this.both))
			.containsExactlyInAnyOrderEntriesOf(Map.of(this.north, 2L, this.south, 1L));
		assertThat(this.figures.perNeighbourhood(FROM, TO, this.both)).containsExactlyInAnyOrderEntriesOf(
				Map.of(this.north, new NeighbourhoodActivities(2, 20), this.south, new NeighbourhoodActivities(1, 0)));
		assertThat(this.figures.perNeighbourhood(FROM, TO, List.of())).isEmpty();
	}

	@Test
	void listsNeighbourhoodsWithActivities() {
		assertThat(this.figures.neighbourhoodsWithActivities(FROM, TO, this.both)).containsExactlyInAnyOrder(this.north,
				this.south);
		assertThat(this.figures.neighbourhoodsWithActivities(TO.plusDays(1), TO.plusDays(1), this.both))
			.containsExactly(this.south);
		assertThat(this.figures.neighbourhoodsWithActivities(LocalDate.of(2023, 3, 1), LocalDate.of(2023, 3, 1),
				this.both))
			.isEmpty();
	}

	/**
	 * For the building-blocks scan: cancelled and other years' activities do not count.
	 */
	@Test
	void countsActivitiesPromotedThroughAtLeastTheGivenNumberOfChannels() {
		Long wijk = this.network.neighbourhood("Kanaalwijk");
		Long partner = this.network.partner("Kanaalpartner", PartnerDomain.SOCIAL);
		LocalDate day = LocalDate.of(2023, 5, 1);
		this.fixtures.activity(activity(wijk, partner, day, "10:00", "11:00").channels(PromotionChannel.POSTER_FLYER,
				PromotionChannel.SOCIAL_MEDIA));
		this.fixtures.activity(activity(wijk, partner, day, "12:00", "13:00").channels(PromotionChannel.POSTER_FLYER,
				PromotionChannel.SOCIAL_MEDIA, PromotionChannel.SCHOOL_NEWSLETTER));
		this.fixtures.activity(activity(wijk, partner, day, "14:00", "15:00"));
		this.fixtures.activity(activity(wijk, partner, day.plusYears(1), "10:00", "11:00")
			.channels(PromotionChannel.POSTER_FLYER, PromotionChannel.SOCIAL_MEDIA));
		Long cancelled = this.fixtures.activity(activity(wijk, partner, day, "16:00", "17:00")
			.channels(PromotionChannel.POSTER_FLYER, PromotionChannel.SOCIAL_MEDIA));
		this.activities.cancel(cancelled, "Geen zaal");
		this.entityManager.flush();

		LocalDate from = LocalDate.of(2023, 1, 1);
		LocalDate to = LocalDate.of(2023, 12, 31);
		assertThat(this.figures.countPromotedThrough(2, from, to, List.of(wijk))).isEqualTo(2);
		assertThat(this.figures.countPromotedThrough(3, from, to, List.of(wijk))).isEqualTo(1);
		assertThat(this.figures.countPromotedThrough(1, from, to, List.of(wijk))).isEqualTo(3);
	}

}
