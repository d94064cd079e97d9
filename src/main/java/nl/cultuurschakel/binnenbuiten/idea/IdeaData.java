package nl.cultuurschakel.binnenbuiten.idea;

import java.time.LocalDate;

import nl.cultuurschakel.binnenbuiten.shared.Discipline;

/**
 * What is recorded about an idea (never who proposed it, only how many children).
 *
 * @param collectedOn the day the idea was collected: the workshop's date when it comes
 * from one
 */
public record IdeaData(String title, String description, Long workshopId, Long neighbourhoodId, Discipline discipline,
		int childrenCount, LocalDate collectedOn) {

}
