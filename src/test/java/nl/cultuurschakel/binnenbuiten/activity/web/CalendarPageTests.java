package nl.cultuurschakel.binnenbuiten.activity.web;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;

import nl.cultuurschakel.binnenbuiten.activity.ActivityListItem;
import nl.cultuurschakel.binnenbuiten.activity.ActivityRow;
import nl.cultuurschakel.binnenbuiten.activity.ActivityStatus;
import nl.cultuurschakel.binnenbuiten.activity.ClashKind;
import nl.cultuurschakel.binnenbuiten.activity.CostType;
import nl.cultuurschakel.binnenbuiten.shared.Discipline;
import nl.cultuurschakel.binnenbuiten.shared.InvalidPeriodException;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.tuple;

/**
 * The calendar's grid: whole weeks from Monday to Sunday, the days of the period marked,
 * activities on their day, and the neighbouring periods within the planning years.
 */
class CalendarPageTests {

	private static ActivityListItem activity(long id, LocalDate date, String start) {
		return new ActivityListItem(new ActivityRow(id, "Dans " + id, null, date, LocalTime.parse(start),
				LocalTime.parse(start).plusHours(1), 1L, Discipline.DANCE, 8, 12, CostType.FREE, null,
				ActivityStatus.PLANNED, null, "Plein 1", null), "Bouwlust", "Plein 1");
	}

	@Test
	void aMonthIsShownInWholeWeeksFromMondayToSunday() {
		CalendarPage page = CalendarPage.of(CalendarPeriod.month(YearMonth.of(2024, 3)), LocalDate.of(2024, 3, 5),
				List.of(), Map.of());

		assertThat(page.weeks()).hasSize(5).allSatisfy((week) -> assertThat(week).hasSize(7));
		assertThat(page.weeks().get(0).get(0).date()).isEqualTo(LocalDate.of(2024, 2, 26));
		assertThat(page.weeks().get(4).get(6).date()).isEqualTo(LocalDate.of(2024, 3, 31));
		assertThat(page.period().gridStart()).isEqualTo(LocalDate.of(2024, 2, 26));
		assertThat(page.period().gridEnd()).isEqualTo(LocalDate.of(2024, 3, 31));
		assertThat(page.weeks().get(0)).extracting(CalendarDay::inPeriod)
			.containsExactly(false, false, false, false, true, true, true);
		assertThat(page.weeks().stream().flatMap(List::stream).filter(CalendarDay::today)).extracting(CalendarDay::date)
			.containsExactly(LocalDate.of(2024, 3, 5));
		assertThat(page.isEmpty()).isTrue();
		assertThat(page.hasClash()).isFalse();
	}

	@Test
	void activitiesAreListedOnTheirDayWithTheirClash() {
		LocalDate day = LocalDate.of(2024, 3, 5);
		CalendarPage page = CalendarPage.of(
				CalendarPeriod.month(YearMonth.of(2024, 3)), day, List.of(activity(1, day, "15:00"),
						activity(2, day, "16:00"), activity(3, LocalDate.of(2024, 2, 27), "10:00")),
				Map.of(2L, ClashKind.OVERLAP));

		CalendarDay tuesday = page.weeks().get(1).get(1);
		assertThat(tuesday.date()).isEqualTo(day);
		assertThat(tuesday.entries()).extracting((entry) -> entry.item().row().id(), CalendarDay.Entry::clash)
			.containsExactly(tuple(1L, null), tuple(2L, ClashKind.OVERLAP));
		assertThat(tuesday.hasClash()).isTrue();
		CalendarDay outside = page.weeks().get(0).get(1);
		assertThat(outside.inPeriod()).isFalse();
		assertThat(outside.entries()).extracting((entry) -> entry.item().row().id()).containsExactly(3L);
		assertThat(page.isEmpty()).isFalse();
		assertThat(page.hasClash()).isTrue();
	}

	@Test
	void aWeekRunsFromTheMondayOfTheDayGiven() {
		CalendarPeriod week = CalendarPeriod.weekOf(LocalDate.of(2024, 3, 6));
		CalendarPage page = CalendarPage.of(week, LocalDate.of(2024, 1, 1), List.of(), Map.of());

		assertThat(week.month()).isNull();
		assertThat(week.week()).isEqualTo(LocalDate.of(2024, 3, 4));
		assertThat(page.weeks()).singleElement()
			.satisfies((days) -> assertThat(days).extracting(CalendarDay::date)
				.containsExactlyElementsOf(LocalDate.of(2024, 3, 4).datesUntil(LocalDate.of(2024, 3, 11)).toList()))
			.satisfies((days) -> assertThat(days).allMatch(CalendarDay::inPeriod));
		assertThat(week.previous()).isEqualTo(CalendarPeriod.weekOf(LocalDate.of(2024, 2, 26)));
		assertThat(week.next()).isEqualTo(CalendarPeriod.weekOf(LocalDate.of(2024, 3, 11)));
	}

	@Test
	void theNeighbouringMonthsStayWithinThePlanningYears() {
		assertThat(CalendarPeriod.month(YearMonth.of(2024, 1)).previous())
			.isEqualTo(CalendarPeriod.month(YearMonth.of(2023, 12)));
		assertThat(CalendarPeriod.month(YearMonth.of(2024, 12)).next())
			.isEqualTo(CalendarPeriod.month(YearMonth.of(2025, 1)));
		assertThat(CalendarPeriod.month(YearMonth.of(2000, 1)).previous()).isNull();
		assertThat(CalendarPeriod.month(YearMonth.of(2099, 12)).next()).isNull();
		assertThat(CalendarPeriod.weekOf(LocalDate.of(2000, 1, 5)).previous()).isNull();
		assertThat(CalendarPeriod.weekOf(LocalDate.of(2099, 12, 28)).next()).isNull();
	}

	@Test
	void aRequestAsksForTheWeekAroundItsDayElseItsMonthElseTodaysMonth() {
		LocalDate today = LocalDate.of(2024, 5, 15);

		assertThat(CalendarPeriod.requested("2024-03", "2024-03-07", today))
			.isEqualTo(CalendarPeriod.weekOf(LocalDate.of(2024, 3, 7)));
		assertThat(CalendarPeriod.requested("2024-03", null, today))
			.isEqualTo(CalendarPeriod.month(YearMonth.of(2024, 3)));
		assertThat(CalendarPeriod.requested(null, null, today)).isEqualTo(CalendarPeriod.month(YearMonth.of(2024, 5)));
	}

	@Test
	void anUnreadableOrFarAwayMonthOrWeekIsRefused() {
		LocalDate today = LocalDate.of(2024, 5, 15);

		for (String[] request : new String[][] { { "maart", null }, { "2024-13", null }, { null, "2024-02-30" },
				{ "2100-01", null }, { "1999-12", null }, { null, "2100-01-01" } }) {
			assertThatExceptionOfType(InvalidPeriodException.class).as("month=%s week=%s", request[0], request[1])
				.isThrownBy(() -> CalendarPeriod.requested(request[0], request[1], today));
		}
	}

}
