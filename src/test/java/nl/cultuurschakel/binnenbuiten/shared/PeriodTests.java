package nl.cultuurschakel.binnenbuiten.shared;

import java.time.LocalDate;

import nl.cultuurschakel.binnenbuiten.shared.InvalidPeriodException.Reason;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
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
	void aPeriodOpenAtTheStartOverlapsEverythingEarlier() {
		Period untilMarch = new Period(null, day(2024, 3, 31));
		assertThat(untilMarch.overlaps(new Period(day(2001, 1, 1), day(2001, 1, 2)))).isTrue();
		assertThat(untilMarch.overlaps(new Period(day(2024, 4, 1), null))).isFalse();
		assertThat(untilMarch.contains(day(1999, 1, 1))).isTrue();
		assertThat(untilMarch.contains(day(2024, 4, 1))).isFalse();
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
		assertReason(() -> new Period(day(2022, 2, 1), day(2022, 1, 31)), Reason.END_BEFORE_START);
	}

	@Test
	void previousOfCalendarYearsIsTheSameNumberOfYearsBefore() {
		Period brochure = new Period(day(2022, 1, 1), day(2024, 12, 31));
		assertThat(brochure.previous()).isEqualTo(new Period(day(2019, 1, 1), day(2021, 12, 31)));
		assertThat(Period.year(2024).previous()).isEqualTo(Period.year(2023));
	}

	@Test
	void previousOfOtherPeriodsHasTheSameNumberOfDays() {
		Period tenDays = new Period(day(2024, 3, 11), day(2024, 3, 20));
		assertThat(tenDays.days()).isEqualTo(10);
		assertThat(tenDays.previous()).isEqualTo(new Period(day(2024, 3, 1), day(2024, 3, 10)));
	}

	@Test
	void knowsCalendarYears() {
		assertThat(Period.year(2023).isCalendarYear()).isTrue();
		assertThat(new Period(day(2022, 1, 1), day(2023, 12, 31)).isCalendarYear()).isFalse();
		assertThat(new Period(day(2022, 1, 1), null).isCalendarYear()).isFalse();
	}

	@Test
	void namesTheCalendarYearsItTouches() {
		assertThat(new Period(day(2023, 7, 1), day(2024, 6, 30)).years()).containsExactly(2023, 2024);
	}

	@Test
	void periodsPeopleAskForLieBetween2000And2099() {
		assertThat(Period.year(2099)).isEqualTo(Period.closed(day(2099, 1, 1), day(2099, 12, 31)));
		assertReason(() -> Period.closed(day(1, 1, 1), day(9999, 12, 31)), Reason.OUT_OF_RANGE);
		assertReason(() -> Period.closed(LocalDate.MIN, LocalDate.MAX), Reason.OUT_OF_RANGE);
		assertReason(() -> Period.closed(day(2024, 2, 1), day(2024, 1, 31)), Reason.END_BEFORE_START);
		assertReason(() -> Period.closed(day(2024, 2, 1), null), Reason.MISSING);
		assertReason(() -> new Period(null, day(2100, 1, 1)).withinBounds(), Reason.OUT_OF_RANGE);
		assertThat(new Period(null, day(2099, 12, 31)).withinBounds().from()).isNull();
		for (long year : new long[] { 0, -1, 1999, 2100, 99_999, Long.MAX_VALUE }) {
			assertReason(() -> Period.year(year), Reason.OUT_OF_RANGE);
		}
	}

	@Test
	void aPageMayLimitTheLengthInYearsOrDays() {
		assertThat(Period.closed(day(2000, 1, 1), day(2024, 12, 31)).atMostYears(25).years()).hasSize(25);
		assertReason(() -> Period.closed(day(2000, 1, 1), day(2025, 1, 1)).atMostYears(25), Reason.TOO_LONG);
		assertThat(new Period(day(2024, 1, 1), day(2024, 1, 10)).atMostDays(10).days()).isEqualTo(10);
		assertReason(() -> new Period(day(2024, 1, 1), day(2024, 1, 11)).atMostDays(10), Reason.TOO_LONG);
	}

	@Test
	void explainsItselfWithYearsWrittenAsText() {
		InvalidPeriodException ex = new InvalidPeriodException(Reason.TOO_LONG, 25);
		assertThat(ex.messageKey()).isEqualTo("period.invalid.too-long");
		assertThat(ex.arguments()).containsExactly("2000", "2099", "25");
	}

	private static void assertReason(ThrowingCallable call, Reason reason) {
		assertThatExceptionOfType(InvalidPeriodException.class).isThrownBy(call)
			.satisfies((ex) -> assertThat(ex.reason()).isEqualTo(reason));
	}

}
