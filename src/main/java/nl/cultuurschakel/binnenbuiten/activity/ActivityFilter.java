package nl.cultuurschakel.binnenbuiten.activity;

import java.time.LocalDate;
import java.util.Set;

import nl.cultuurschakel.binnenbuiten.shared.Discipline;

/**
 * What the activity list is filtered on; {@code null} means no restriction.
 *
 * @param from first day, inclusive
 * @param to last day, inclusive
 * @param age activities meant for a child of this age
 * @param visibleNeighbourhoods the neighbourhoods the user may see, {@code null} for all
 */
public record ActivityFilter(LocalDate from, LocalDate to, Long neighbourhoodId, Long partnerId, Discipline discipline,
		CostType costType, ActivityStatus status, Integer age, Set<Long> visibleNeighbourhoods) {

}
