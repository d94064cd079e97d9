package nl.cultuurschakel.binnenbuiten.partner;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class PeriodTests {

	private static LocalDate day(int year, int month, int day) {
		return LocalDate.of(year, month, day);
	}

	@Test
	void periodsSharingTheLastDayOverlap() {
		Period first = new Period(day(2022, 1, 1), day(2022, 6, 30));
		assertThat(first.overlaps(new Period(day(2022, 6, 30), null))).isTrue();
	}

	@Test
	void consecutivePeriodsDoNotOverlap() {
		Period first = new Period(day(2022, 1, 1), day(2022, 6, 30));
		Period second = new Period(day(2022, 7, 1), null);
		assertThat(first.overlaps(second)).isFalse();
		assertThat(second.overlaps(first)).isFalse();
	}

	@Test
	void openPeriodsOverlapEverythingLater() {
		assertThat(new Period(day(2020, 1, 1), null).overlaps(new Period(day(2030, 1, 1), day(2030, 1, 2)))).isTrue();
	}

	@Test
	void containsBothEnds() {
		Period period = new Period(day(2022, 1, 1), day(2022, 12, 31));
		assertThat(period.contains(day(2022, 1, 1))).isTrue();
		assertThat(period.contains(day(2022, 12, 31))).isTrue();
		assertThat(period.contains(day(2023, 1, 1))).isFalse();
		assertThat(period.contains(day(2021, 12, 31))).isFalse();
	}

	@Test
	void refusesEndBeforeStart() {
		assertThatIllegalArgumentException().isThrownBy(() -> new Period(day(2022, 2, 1), day(2022, 1, 31)));
	}

}
