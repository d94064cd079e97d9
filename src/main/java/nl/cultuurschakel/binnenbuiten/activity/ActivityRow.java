package nl.cultuurschakel.binnenbuiten.activity;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalTime;

import nl.cultuurschakel.binnenbuiten.shared.Discipline;

/**
 * An activity in a list, calendar or export, as one query reads it.
 */
public record ActivityRow(Long id, String title, String description, LocalDate date, LocalTime startTime,
		LocalTime endTime, Long neighbourhoodId, Discipline discipline, int minAge, int maxAge, CostType costType,
		BigDecimal price, ActivityStatus status, Long spaceId, String address, Integer childrenReached) {

}
