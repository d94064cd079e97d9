package nl.cultuurschakel.binnenbuiten.grant;

import java.time.LocalDate;

/**
 * One recorded status change of a grant.
 */
public record HistoryEntry(GrantStatus from, GrantStatus to, LocalDate changedOn, String changedBy, String note) {

}
