package nl.cultuurschakel.binnenbuiten.dashboard;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class ReportPeriodTests {

	@Test
	void previousOfCalendarYearsIsTheSameNumberOfYearsBefore() {
		ReportPeriod brochure = new ReportPeriod(LocalDate.of(2022, 1, 1), LocalDate.of(2024, 12, 31));
		assertThat(brochure.previous())
			.isEqualTo(new ReportPeriod(LocalDate.of(2019, 1, 1), LocalDate.of(2021, 12, 31)));
		assertThat(ReportPeriod.year(2024).previous()).isEqualTo(ReportPeriod.year(2023));
	}

	@Test
	void previousOfOtherPeriodsHasTheSameNumberOfDays() {
		ReportPeriod tenDays = new ReportPeriod(LocalDate.of(2024, 3, 11), LocalDate.of(2024, 3, 20));
		assertThat(tenDays.days()).isEqualTo(10);
		assertThat(tenDays.previous()).isEqualTo(new ReportPeriod(LocalDate.of(2024, 3, 1), LocalDate.of(2024, 3, 10)));
	}

	@Test
	void knowsCalendarYears() {
		assertThat(ReportPeriod.year(2023).isCalendarYear()).isTrue();
		assertThat(new ReportPeriod(LocalDate.of(2022, 1, 1), LocalDate.of(2023, 12, 31)).isCalendarYear()).isFalse();
	}

	@Test
	void refusesEndBeforeStart() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> new ReportPeriod(LocalDate.of(2024, 1, 2), LocalDate.of(2024, 1, 1)));
	}

}
