package nl.cultuurschakel.binnenbuiten.idea;

import java.time.LocalDate;

/**
 * One recorded status change of an idea.
 *
 * @param from the status before, null for the first entry
 */
public record TimelineEntry(IdeaStatus from, IdeaStatus to, LocalDate changedOn, String changedBy, String note) {

}
