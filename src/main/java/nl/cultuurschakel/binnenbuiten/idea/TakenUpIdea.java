package nl.cultuurschakel.binnenbuiten.idea;

import java.time.LocalDate;

/**
 * An idea in the history of a partner that takes it up, dated on the day it was collected
 * (the day of taking it up is not recorded).
 */
public record TakenUpIdea(Long id, LocalDate collectedOn, String title, IdeaStatus status) {

}
