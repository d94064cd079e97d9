package nl.cultuurschakel.binnenbuiten.contact;

import java.time.LocalDate;

/**
 * An open follow-up of a contact moment, with the version of its contact moment (a
 * tick-off from a list refuses a contact changed since the list was shown).
 */
public record FollowUp(Long contactId, LocalDate contactDate, Long advisorId, Long counterpartId, String subject,
		String text, LocalDate due, long version) {

	public boolean isOverdueOn(LocalDate today) {
		return this.due != null && this.due.isBefore(today);
	}

}
