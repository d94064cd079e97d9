package nl.cultuurschakel.binnenbuiten.activity;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import nl.cultuurschakel.binnenbuiten.IntegrationTest;
import nl.cultuurschakel.binnenbuiten.partner.NetworkFixtures;
import nl.cultuurschakel.binnenbuiten.partner.PartnerDomain;
import nl.cultuurschakel.binnenbuiten.partner.PartnerService;
import nl.cultuurschakel.binnenbuiten.partner.SpaceData;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.transaction.annotation.Transactional;

import static nl.cultuurschakel.binnenbuiten.activity.ActivityFixtures.activity;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatNoException;

/**
 * Series, overlap warnings and double bookings against the real database. Each test runs
 * in a transaction that is rolled back.
 */
@IntegrationTest
@Transactional
class ActivityPlanningTests {

	private static final LocalDate DAY = LocalDate.of(2024, 3, 5);

	@Autowired
	ActivityService activities;

	@Autowired
	ActivityFixtures fixtures;

	@Autowired
	NetworkFixtures network;

	@Autowired
	PartnerService partners;

	Long neighbourhood;

	Long partner;

	@BeforeEach
	void setUp() {
		this.neighbourhood = this.network.neighbourhood("Planwijk");
		this.partner = this.network.partner("Planpartner", PartnerDomain.ARTS_CULTURE);
	}

	@Test
	void plansAWeeklySeriesAsSeparateActivities() {
		List<Long> ids = this.activities.plan(
				activity(this.neighbourhood, this.partner, DAY, "15:00", "16:30").title("Hiphop").build(),
				new SeriesPlan(Recurrence.WEEKLY, null, 5), false);

		assertThat(ids).hasSize(5);
		assertThat(ids.stream().map((id) -> this.activities.get(id).data().date())).containsExactly(DAY,
				DAY.plusWeeks(1), DAY.plusWeeks(2), DAY.plusWeeks(3), DAY.plusWeeks(4));
		assertThat(this.activities.get(ids.get(2)).inSeries()).isTrue();
	}

	@Test
	void anOverlapForTheSameChildrenNeedsConfirmation() {
		Long existing = this.fixtures.activity(activity(this.neighbourhood, this.partner, DAY, "15:00", "16:30"));
		ActivityData clashing = activity(this.neighbourhood, this.partner, DAY, "16:00", "17:00").ages(10, 14).build();

		assertThatExceptionOfType(ActivityClashException.class)
			.isThrownBy(() -> this.activities.plan(clashing, null, false))
			.satisfies((ex) -> {
				assertThat(ex.isDoubleBooking()).isFalse();
				assertThat(ex.clashes()).singleElement().satisfies((clash) -> {
					assertThat(clash.kind()).isEqualTo(ClashKind.OVERLAP);
					assertThat(clash.second().id()).isEqualTo(existing);
				});
			});
		assertThat(this.activities.plan(clashing, null, true)).hasSize(1);
	}

	@Test
	void touchingTimesOtherAgesOtherDaysAndOtherNeighbourhoodsDoNotClash() {
		this.fixtures.activity(activity(this.neighbourhood, this.partner, DAY, "15:00", "16:30"));
		Long elsewhere = this.network.neighbourhood("Anderewijk");

		assertThatNoException().isThrownBy(() -> this.activities
			.plan(activity(this.neighbourhood, this.partner, DAY, "16:30", "17:30").build(), null, false));
		assertThatNoException().isThrownBy(() -> this.activities
			.plan(activity(this.neighbourhood, this.partner, DAY, "13:00", "15:00").build(), null, false));
		assertThatNoException().isThrownBy(() -> this.activities
			.plan(activity(this.neighbourhood, this.partner, DAY, "15:00", "16:30").ages(4, 7).build(), null, false));
		assertThatNoException().isThrownBy(() -> this.activities
			.plan(activity(elsewhere, this.partner, DAY, "15:00", "16:30").build(), null, false));
		assertThatNoException().isThrownBy(() -> this.activities
			.plan(activity(this.neighbourhood, this.partner, DAY.plusDays(1), "15:00", "16:30").build(), null, false));
	}

	@Test
	void aCancelledActivityDoesNotClash() {
		Long existing = this.fixtures.activity(activity(this.neighbourhood, this.partner, DAY, "15:00", "16:30"));
		this.activities.cancel(existing, "Docent ziek");

		assertThatNoException().isThrownBy(() -> this.activities
			.plan(activity(this.neighbourhood, this.partner, DAY, "15:00", "16:30").build(), null, false));
	}

	@Test
	void doubleBookingASpaceIsRefusedEvenWhenConfirmed() {
		Long space = this.partners.addSpace(this.partner, new SpaceData("Studio", 20, null, false));
		Long elsewhere = this.network.neighbourhood("Buurwijk");
		this.fixtures.activity(activity(this.neighbourhood, this.partner, DAY, "15:00", "16:30").space(space));
		ActivityData sameSpace = activity(elsewhere, this.partner, DAY, "16:00", "17:00").space(space).build();

		assertThatExceptionOfType(ActivityClashException.class)
			.isThrownBy(() -> this.activities.plan(sameSpace, null, true))
			.satisfies((ex) -> assertThat(ex.isDoubleBooking()).isTrue());
		assertThatNoException().isThrownBy(() -> this.activities
			.plan(activity(elsewhere, this.partner, DAY, "16:30", "17:30").space(space).build(), null, false));
	}

	@Test
	void aSpaceWithParallelUseMayBeBookedTwice() {
		Long hall = this.partners.addSpace(this.partner, new SpaceData("Grote zaal", 200, null, true));
		this.fixtures.activity(activity(this.neighbourhood, this.partner, DAY, "15:00", "16:30").space(hall));

		assertThatNoException().isThrownBy(() -> this.activities.plan(
				activity(this.neighbourhood, this.partner, DAY, "15:00", "16:30").ages(4, 6).space(hall).build(), null,
				false));
	}

	@Test
	void aSeriesReportsTheOccurrenceThatClashes() {
		this.fixtures.activity(activity(this.neighbourhood, this.partner, DAY.plusWeeks(2), "15:30", "16:00"));

		assertThatExceptionOfType(ActivityClashException.class)
			.isThrownBy(() -> this.activities.plan(
					activity(this.neighbourhood, this.partner, DAY, "15:00", "16:30").build(),
					new SeriesPlan(Recurrence.WEEKLY, DAY.plusWeeks(4), null), false))
			.satisfies((ex) -> assertThat(ex.clashes()).extracting(Clash::date).containsExactly(DAY.plusWeeks(2)));
	}

	@Test
	void editThisAndFollowingChangesTheRestOfTheSeriesOnly() {
		List<Long> ids = this.activities.plan(activity(this.neighbourhood, this.partner, DAY, "15:00", "16:30").build(),
				new SeriesPlan(Recurrence.WEEKLY, null, 4), false);
		ActivityDetails second = this.activities.get(ids.get(1));
		ActivityData moved = activity(this.neighbourhood, this.partner, second.data().date().plusDays(1), "15:30",
				"17:00")
			.title("Hiphop gevorderd")
			.build();

		int changed = this.activities.update(ids.get(1), moved, second.version(), true, false);

		assertThat(changed).isEqualTo(3);
		assertThat(this.activities.get(ids.get(0)).data().title()).isEqualTo("Dansles");
		assertThat(this.activities.get(ids.get(0)).data().date()).isEqualTo(DAY);
		assertThat(ids.subList(1, 4).stream().map((id) -> this.activities.get(id).data()))
			.allSatisfy((data) -> assertThat(data.title()).isEqualTo("Hiphop gevorderd"))
			.extracting(ActivityData::date)
			.containsExactly(DAY.plusWeeks(1).plusDays(1), DAY.plusWeeks(2).plusDays(1), DAY.plusWeeks(3).plusDays(1));
	}

	@Test
	void editThisAndFollowingForAnOrganiserSkipsOccurrencesItNoLongerOrganises() {
		Long colleague = this.network.partner("Collega", PartnerDomain.SOCIAL);
		List<Long> ids = this.activities.plan(activity(this.neighbourhood, this.partner, DAY, "15:00", "16:30").build(),
				new SeriesPlan(Recurrence.WEEKLY, null, 3), false);
		ActivityDetails third = this.activities.get(ids.get(2));
		this.activities.update(ids.get(2),
				activity(this.neighbourhood, colleague, third.data().date(), "15:00", "16:30").title("Overgenomen")
					.build(),
				third.version(), false, false);
		ActivityDetails first = this.activities.get(ids.get(0));

		int changed = this.activities.update(ids.get(0),
				activity(this.neighbourhood, this.partner, DAY, "15:00", "16:30").title("Nieuwe naam").build(),
				first.version(), true, false, this.partner);

		assertThat(changed).isEqualTo(2);
		assertThat(this.activities.get(ids.get(1)).data().title()).isEqualTo("Nieuwe naam");
		assertThat(this.activities.get(ids.get(2)).data().title()).isEqualTo("Overgenomen");
	}

	@Test
	void editOnlyThisOneLeavesTheSeries() {
		List<Long> ids = this.activities.plan(activity(this.neighbourhood, this.partner, DAY, "15:00", "16:30").build(),
				new SeriesPlan(Recurrence.FORTNIGHTLY, null, 3), false);
		ActivityDetails first = this.activities.get(ids.get(0));

		this.activities.update(ids.get(0),
				activity(this.neighbourhood, this.partner, DAY, "15:00", "16:30").title("Eenmalig anders").build(),
				first.version(), false, false);

		assertThat(this.activities.get(ids.get(0)).data().title()).isEqualTo("Eenmalig anders");
		assertThat(this.activities.get(ids.get(1)).data().title()).isEqualTo("Dansles");
	}

	@Test
	void aStaleVersionIsAnEditConflict() {
		Long id = this.fixtures.activity(activity(this.neighbourhood, this.partner, DAY, "15:00", "16:30"));
		long version = this.activities.get(id).version();
		this.activities.update(id,
				activity(this.neighbourhood, this.partner, DAY, "15:00", "16:30").title("Eerst").build(), version,
				false, false);

		assertThatExceptionOfType(ObjectOptimisticLockingFailureException.class)
			.isThrownBy(() -> this.activities.update(id,
					activity(this.neighbourhood, this.partner, DAY, "15:00", "16:30").title("Later").build(),
					version - 1, false, false));
	}

	@Test
	void conflictsListsOverlapsAndDoubleBookingsInThePeriod() {
		Long a = this.fixtures.activity(activity(this.neighbourhood, this.partner, DAY, "15:00", "16:30").title("A"));
		Long b = this.fixtures.activity(activity(this.neighbourhood, this.partner, DAY, "16:00", "17:00").title("B"));
		this.fixtures.activity(activity(this.neighbourhood, this.partner, DAY, "17:00", "18:00").title("Raakt B"));
		Long cancelled = this.fixtures
			.activity(activity(this.neighbourhood, this.partner, DAY, "15:00", "16:00").title("Afgelast"));
		this.activities.cancel(cancelled, "Regen");
		this.fixtures.activity(activity(this.neighbourhood, this.partner, DAY.plusDays(30), "15:00", "16:00"));
		this.fixtures.activity(activity(this.neighbourhood, this.partner, DAY.plusDays(30), "15:00", "16:00"));

		List<Clash> clashes = this.activities.conflicts(DAY, DAY.plusDays(7), this.neighbourhood);

		assertThat(clashes).singleElement().satisfies((clash) -> {
			assertThat(Set.of(clash.first().id(), clash.second().id())).containsExactlyInAnyOrder(a, b);
			assertThat(clash.kind()).isEqualTo(ClashKind.OVERLAP);
		});
		assertThat(this.activities.conflicts(DAY, DAY.plusDays(30), this.neighbourhood)).hasSize(2);
	}

	@Test
	void markDoneKeepsTheChildrenReachedAndCancelNeedsAReason() {
		Long id = this.fixtures.activity(activity(this.neighbourhood, this.partner, DAY, "15:00", "16:30"));
		this.activities.markDone(id, 17);
		assertThat(this.activities.get(id).status()).isEqualTo(ActivityStatus.DONE);
		assertThat(this.activities.get(id).childrenReached()).isEqualTo(17);

		assertThatExceptionOfType(InvalidActivityException.class).isThrownBy(() -> this.activities.cancel(id, " "));
		this.activities.cancel(id, "Verplaatst");
		assertThat(this.activities.get(id).status()).isEqualTo(ActivityStatus.CANCELLED);
		assertThat(this.activities.get(id).cancelReason()).isEqualTo("Verplaatst");
	}

	@Test
	void anUnknownSourceIdeaIsRefused() {
		ActivityData base = activity(this.neighbourhood, this.partner, DAY, "15:00", "16:30").build();
		ActivityData withIdea = new ActivityData(base.title(), null, base.neighbourhoodId(), base.partnerIds(),
				base.date(), base.startTime(), base.endTime(), null, base.address(), base.discipline(), 8, 12, null,
				CostType.FREE, null, null, Set.of(), 987_654_321L);

		assertThatExceptionOfType(InvalidActivityException.class)
			.isThrownBy(() -> this.activities.plan(withIdea, null, true));
	}

	@Test
	void aPriceOnlyForPaidActivities() {
		assertThatNoException().isThrownBy(() -> this.activities
			.plan(activity(this.neighbourhood, this.partner, DAY, "10:00", "11:00").paid("2.50").build(), null, true));
		ActivityData freeWithPrice = activity(this.neighbourhood, this.partner, DAY, "10:00", "11:00").paid("2.50")
			.cost(CostType.FREE)
			.build();
		assertThatExceptionOfType(InvalidActivityException.class)
			.isThrownBy(() -> this.activities.plan(freeWithPrice, null, true));
	}

}
