package nl.cultuurschakel.binnenbuiten.idea;

import java.time.LocalDate;

import nl.cultuurschakel.binnenbuiten.shared.Discipline;

/**
 * Filter of the idea board; every part may be null. The period applies to the collected
 * date, both ends inclusive.
 */
public record IdeaFilter(Long neighbourhoodId, Discipline discipline, LocalDate from, LocalDate to) {

}
