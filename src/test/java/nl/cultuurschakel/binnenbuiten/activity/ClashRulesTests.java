package nl.cultuurschakel.binnenbuiten.activity;

import java.time.LocalDate;
import java.time.LocalTime;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * When two activities overlap in time and in age, and what a valid time is.
 */
class ClashRulesTests {

	private static final LocalDate DAY = LocalDate.of(2024, 3, 5);

	private static TimeSlot slot(String start, String end) {
		return new TimeSlot(DAY, LocalTime.parse(start), LocalTime.parse(end));
	}

	@Test
	void touchingIntervalsDoNotOverlap() {
		assertThat(slot("14:00", "15:00").overlaps(slot("15:00", "16:00"))).isFalse();
		assertThat(slot("15:00", "16:00").overlaps(slot("14:00", "15:00"))).isFalse();
	}

	@Test
	void sharingOneMinuteIsAnOverlap() {
		assertThat(slot("14:00", "15:01").overlaps(slot("15:00", "16:00"))).isTrue();
		assertThat(slot("15:00", "16:00").overlaps(slot("14:00", "15:01"))).isTrue();
	}

	@Test
	void containedAndEqualIntervalsOverlap() {
		assertThat(slot("14:00", "17:00").overlaps(slot("15:00", "16:00"))).isTrue();
		assertThat(slot("15:00", "16:00").overlaps(slot("15:00", "16:00"))).isTrue();
	}

	@Test
	void sameTimesOnAnotherDayDoNotOverlap() {
		TimeSlot nextDay = new TimeSlot(DAY.plusDays(1), LocalTime.of(14, 0), LocalTime.of(15, 0));
		assertThat(slot("14:00", "15:00").overlaps(nextDay)).isFalse();
	}

	@Test
	void endMustComeAfterStartOnTheSameDay() {
		assertThatExceptionOfType(InvalidActivityException.class).isThrownBy(() -> slot("15:00", "15:00"));
		assertThatExceptionOfType(InvalidActivityException.class).isThrownBy(() -> slot("23:00", "01:00"));
		assertThat(TimeSlot.isValid(LocalTime.of(9, 0), LocalTime.of(9, 1))).isTrue();
		assertThat(TimeSlot.isValid(LocalTime.of(9, 0), LocalTime.of(8, 59))).isFalse();
	}

	@Test
	void ageRangesOverlapWhenTheyShareOneAge() {
		assertThat(new AgeRange(4, 8).overlaps(new AgeRange(8, 12))).isTrue();
		assertThat(new AgeRange(4, 7).overlaps(new AgeRange(8, 12))).isFalse();
		assertThat(new AgeRange(10, 12).overlaps(new AgeRange(4, 18))).isTrue();
	}

	@Test
	void agesStayWithinFourToEighteen() {
		assertThatExceptionOfType(InvalidActivityException.class).isThrownBy(() -> new AgeRange(3, 8));
		assertThatExceptionOfType(InvalidActivityException.class).isThrownBy(() -> new AgeRange(8, 19));
		assertThatExceptionOfType(InvalidActivityException.class).isThrownBy(() -> new AgeRange(12, 8));
	}

}
