package nl.cultuurschakel.binnenbuiten.idea;

import java.time.LocalDate;

import nl.cultuurschakel.binnenbuiten.shared.Discipline;

/**
 * One idea on the board and in the table.
 */
public record IdeaCard(Long id, String title, Long neighbourhoodId, Discipline discipline, int childrenCount,
		IdeaStatus status, LocalDate collectedOn) {

}
