package nl.cultuurschakel.binnenbuiten.shared.history;

import java.time.LocalDate;

/**
 * One status change a user made, for the export of everything stored about that user.
 *
 * @param subjectId the id of the record whose status changed
 * @param fromStatus the status before, null for the first step
 */
public record RecordedChange(Long subjectId, String fromStatus, String toStatus, LocalDate changedOn, String note) {

}
