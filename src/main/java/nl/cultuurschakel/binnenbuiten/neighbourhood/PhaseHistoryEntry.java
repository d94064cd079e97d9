package nl.cultuurschakel.binnenbuiten.neighbourhood;

import java.time.LocalDate;

/**
 * From this date on, the neighbourhood was in this phase.
 */
public record PhaseHistoryEntry(EcosystemPhase phase, LocalDate changedOn) {

}
