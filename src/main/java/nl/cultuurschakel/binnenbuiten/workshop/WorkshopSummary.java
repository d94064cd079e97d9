package nl.cultuurschakel.binnenbuiten.workshop;

import java.time.LocalDate;

/**
 * One row of the workshop list.
 */
public record WorkshopSummary(Long id, LocalDate heldOn, Long neighbourhoodId, Long venuePartnerId, int childrenSpoken,
		int ageFrom, int ageTo, String groupDescription) {

}
