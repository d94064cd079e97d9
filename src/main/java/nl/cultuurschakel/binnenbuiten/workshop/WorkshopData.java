package nl.cultuurschakel.binnenbuiten.workshop;

import java.time.LocalDate;

/**
 * What is recorded about a workshop: counts and an age band, never a child's name.
 *
 * @param groupDescription the group without names, such as "groep 7, basisschool De
 * Linde"
 */
public record WorkshopData(LocalDate heldOn, Long neighbourhoodId, Long venuePartnerId, Long facilitatorPartnerId,
		int childrenSpoken, int ageFrom, int ageTo, String groupDescription, String methodNotes) {

}
