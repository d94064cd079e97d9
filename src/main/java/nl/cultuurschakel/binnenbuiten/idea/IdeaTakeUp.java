package nl.cultuurschakel.binnenbuiten.idea;

import java.time.LocalDate;
import java.util.Set;

/**
 * An idea and the partners taking it up, as the network sees it.
 */
public record IdeaTakeUp(Long ideaId, LocalDate collectedOn, Set<Long> partnerIds) {

}
