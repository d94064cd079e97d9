package nl.cultuurschakel.binnenbuiten.contact;

import java.time.LocalDate;
import java.util.Set;

/**
 * What an advisor records about a contact moment.
 *
 * @param notes staff-only notes; never shown to partner users
 */
public record ContactData(LocalDate date, Long advisorId, Long counterpartId, Set<Long> participantIds,
		Long neighbourhoodId, ContactKind kind, String subject, String notes, String followUp, LocalDate followUpDue,
		boolean followUpDone) {

	public ContactData {
		participantIds = (participantIds != null) ? Set.copyOf(participantIds) : Set.of();
	}

}
