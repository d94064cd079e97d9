package nl.cultuurschakel.binnenbuiten.dashboard;

import java.time.LocalDate;

import nl.cultuurschakel.binnenbuiten.dashboard.InvalidPeriodException.Reason;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
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

	@Test
	void periodsPeopleAskForLieBetween2000And2099AndSpanAtMost25Years() {
		assertThat(ReportPeriod.of(LocalDate.of(2000, 1, 1), LocalDate.of(2024, 12, 31)).years()).hasSize(25);
		assertThat(ReportPeriod.year(2099))
			.isEqualTo(ReportPeriod.of(LocalDate.of(2099, 1, 1), LocalDate.of(2099, 12, 31)));
		assertReason(() -> ReportPeriod.of(LocalDate.of(2000, 1, 1), LocalDate.of(2025, 1, 1)), Reason.TOO_LONG);
		assertReason(() -> ReportPeriod.of(LocalDate.of(1, 1, 1), LocalDate.of(9999, 12, 31)), Reason.OUT_OF_RANGE);
		assertReason(() -> ReportPeriod.of(LocalDate.MIN, LocalDate.MAX), Reason.OUT_OF_RANGE);
		assertReason(() -> ReportPeriod.of(LocalDate.of(2024, 2, 1), LocalDate.of(2024, 1, 31)),
				Reason.END_BEFORE_START);
		for (long year : new long[] { 0, -1, 1999, 2100, 99_999, Long.MAX_VALUE }) {
			assertReason(() -> ReportPeriod.year(year), Reason.OUT_OF_RANGE);
		}
	}

	@Test
	void namesTheCalendarYearsItTouches() {
		assertThat(new ReportPeriod(LocalDate.of(2023, 7, 1), LocalDate.of(2024, 6, 30)).years()).containsExactly(2023,
				2024);
	}

	private static void assertReason(ThrowingCallable call, Reason reason) {
		assertThatExceptionOfType(InvalidPeriodException.class).isThrownBy(call)
			.satisfies((ex) -> assertThat(ex.reason()).isEqualTo(reason));
	}

}
