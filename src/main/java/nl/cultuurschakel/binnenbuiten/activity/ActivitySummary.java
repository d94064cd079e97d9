package nl.cultuurschakel.binnenbuiten.activity;

import java.time.LocalDate;

/**
 * An activity in short, for other modules (the idea module links ideas to activities).
 */
public record ActivitySummary(Long id, String title, Long neighbourhoodId, LocalDate date, ActivityStatus status,
		Integer childrenReached) {

}
