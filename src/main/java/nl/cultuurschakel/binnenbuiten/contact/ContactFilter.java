package nl.cultuurschakel.binnenbuiten.contact;

import java.time.LocalDate;

import nl.cultuurschakel.binnenbuiten.partner.PartnerDomain;

/**
 * The filters of the contact list and its exports; {@code null} means "any". Dates are
 * inclusive.
 *
 * @param partnerId the counterpart or one of the other partners present
 * @param subject part of the subject
 */
public record ContactFilter(LocalDate from, LocalDate to, Long advisorId, Long partnerId, PartnerDomain domain,
		Long neighbourhoodId, ContactKind kind, String subject) {

	public static ContactFilter none() {
		return new ContactFilter(null, null, null, null, null, null, null, null);
	}

}
