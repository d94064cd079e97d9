package nl.cultuurschakel.binnenbuiten.activity;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class SeriesPlanTests {

	private static final LocalDate TUESDAY = LocalDate.of(2024, 1, 30);

	@Test
	void weeklyForACountGivesThatManyDatesOneWeekApart() {
		assertThat(new SeriesPlan(Recurrence.WEEKLY, null, 4).dates(TUESDAY)).containsExactly(TUESDAY,
				LocalDate.of(2024, 2, 6), LocalDate.of(2024, 2, 13), LocalDate.of(2024, 2, 20));
	}

	@Test
	void fortnightlyUntilADateIncludesThatDate() {
		assertThat(new SeriesPlan(Recurrence.FORTNIGHTLY, LocalDate.of(2024, 3, 12), null).dates(TUESDAY))
			.containsExactly(TUESDAY, LocalDate.of(2024, 2, 13), LocalDate.of(2024, 2, 27), LocalDate.of(2024, 3, 12));
	}

	@Test
	void untilBetweenTwoOccurrencesStopsBeforeIt() {
		assertThat(new SeriesPlan(Recurrence.WEEKLY, LocalDate.of(2024, 2, 12), null).dates(TUESDAY))
			.containsExactly(TUESDAY, LocalDate.of(2024, 2, 6));
	}

	@Test
	void seriesCrossesTheYearAndLeapDay() {
		assertThat(new SeriesPlan(Recurrence.WEEKLY, null, 3).dates(LocalDate.of(2024, 2, 22)))
			.containsExactly(LocalDate.of(2024, 2, 22), LocalDate.of(2024, 2, 29), LocalDate.of(2024, 3, 7));
		assertThat(new SeriesPlan(Recurrence.FORTNIGHTLY, null, 2).dates(LocalDate.of(2023, 12, 27)))
			.containsExactly(LocalDate.of(2023, 12, 27), LocalDate.of(2024, 1, 10));
	}

	@Test
	void rejectsAnEndBeforeTheStartAndBothOrNeitherEnd() {
		assertThatExceptionOfType(InvalidActivityException.class)
			.isThrownBy(() -> new SeriesPlan(Recurrence.WEEKLY, TUESDAY.minusDays(1), null).dates(TUESDAY));
		assertThatExceptionOfType(InvalidActivityException.class)
			.isThrownBy(() -> new SeriesPlan(Recurrence.WEEKLY, TUESDAY, 3));
		assertThatExceptionOfType(InvalidActivityException.class)
			.isThrownBy(() -> new SeriesPlan(Recurrence.WEEKLY, null, null));
		assertThatExceptionOfType(InvalidActivityException.class)
			.isThrownBy(() -> new SeriesPlan(Recurrence.WEEKLY, null, 1));
	}

	@Test
	void rejectsASeriesLongerThanTheMaximum() {
		assertThat(new SeriesPlan(Recurrence.WEEKLY, null, SeriesPlan.MAX_OCCURRENCES).dates(TUESDAY))
			.hasSize(SeriesPlan.MAX_OCCURRENCES);
		assertThatExceptionOfType(InvalidActivityException.class)
			.isThrownBy(() -> new SeriesPlan(Recurrence.WEEKLY, TUESDAY.plusYears(3), null).dates(TUESDAY));
	}

}
