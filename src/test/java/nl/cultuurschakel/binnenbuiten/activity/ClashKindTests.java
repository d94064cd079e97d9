package nl.cultuurschakel.binnenbuiten.activity;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Set;

import nl.cultuurschakel.binnenbuiten.shared.Discipline;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The one clash rule that planning, the conflicts page and the calendar share.
 */
class ClashKindTests {

	private static final LocalDate DAY = LocalDate.of(2024, 3, 5);

	private static final Long BOUWLUST = 1L;

	private static final Long MOERWIJK = 2L;

	private static final Long GYM = 10L;

	private static ActivityData activity(Long neighbourhood, Long space, String start, String end, int minAge,
			int maxAge) {
		return new ActivityData("Dans", null, neighbourhood, Set.of(7L), DAY, LocalTime.parse(start),
				LocalTime.parse(end), space, (space != null) ? null : "Plein 1", Discipline.DANCE, minAge, maxAge, null,
				CostType.FREE, null, null, Set.of(), null);
	}

	@Test
	void sameChildrenAtTheSameTimeOverlap() {
		assertThat(ClashKind.between(activity(BOUWLUST, null, "15:00", "16:00", 8, 12),
				activity(BOUWLUST, null, "15:30", "17:00", 6, 8), false))
			.contains(ClashKind.OVERLAP);
	}

	@Test
	void otherAgesOrAnotherNeighbourhoodDoNotClash() {
		ActivityData dance = activity(BOUWLUST, null, "15:00", "16:00", 8, 12);
		assertThat(ClashKind.between(dance, activity(BOUWLUST, null, "15:00", "16:00", 4, 7), false)).isEmpty();
		assertThat(ClashKind.between(dance, activity(MOERWIJK, null, "15:00", "16:00", 8, 12), false)).isEmpty();
	}

	@Test
	void touchingTimesDoNotClash() {
		assertThat(ClashKind.between(activity(BOUWLUST, GYM, "15:00", "16:00", 8, 12),
				activity(BOUWLUST, GYM, "16:00", "17:00", 8, 12), false))
			.isEmpty();
	}

	@Test
	void theSameSpaceAtTheSameTimeIsADoubleBookingBeforeAnOverlap() {
		assertThat(ClashKind.between(activity(BOUWLUST, GYM, "15:00", "16:00", 8, 12),
				activity(MOERWIJK, GYM, "15:30", "16:30", 4, 6), false))
			.contains(ClashKind.DOUBLE_BOOKING);
		assertThat(ClashKind.between(activity(BOUWLUST, GYM, "15:00", "16:00", 8, 12),
				activity(BOUWLUST, GYM, "15:30", "16:30", 8, 12), false))
			.contains(ClashKind.DOUBLE_BOOKING);
	}

	@Test
	void aSpaceSharedInParallelOnlyWarnsForTheSameChildren() {
		assertThat(ClashKind.between(activity(BOUWLUST, GYM, "15:00", "16:00", 8, 12),
				activity(MOERWIJK, GYM, "15:30", "16:30", 8, 12), true))
			.isEmpty();
		assertThat(ClashKind.between(activity(BOUWLUST, GYM, "15:00", "16:00", 8, 12),
				activity(BOUWLUST, GYM, "15:30", "16:30", 8, 12), true))
			.contains(ClashKind.OVERLAP);
	}

	@Test
	void aDoubleBookingIsMoreSeriousThanAnOverlap() {
		assertThat(ClashKind.moreSerious(ClashKind.OVERLAP, ClashKind.DOUBLE_BOOKING))
			.isEqualTo(ClashKind.DOUBLE_BOOKING);
		assertThat(ClashKind.moreSerious(ClashKind.DOUBLE_BOOKING, ClashKind.OVERLAP))
			.isEqualTo(ClashKind.DOUBLE_BOOKING);
		assertThat(ClashKind.moreSerious(ClashKind.OVERLAP, ClashKind.OVERLAP)).isEqualTo(ClashKind.OVERLAP);
	}

}
