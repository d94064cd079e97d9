package nl.cultuurschakel.binnenbuiten.contact;

import java.time.LocalDate;

/**
 * An open follow-up of a contact moment.
 */
public record FollowUp(Long contactId, LocalDate contactDate, Long advisorId, Long counterpartId, String subject,
		String text, LocalDate due) {

	public boolean isOverdueOn(LocalDate today) {
		return this.due != null && this.due.isBefore(today);
	}

}
