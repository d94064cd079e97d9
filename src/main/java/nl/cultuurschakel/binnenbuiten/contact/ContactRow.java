package nl.cultuurschakel.binnenbuiten.contact;

import java.time.LocalDate;

import nl.cultuurschakel.binnenbuiten.partner.PartnerDomain;

/**
 * One contact moment in the list and the exports (without notes).
 */
public record ContactRow(Long id, LocalDate date, Long advisorId, Long counterpartId, PartnerDomain counterpartDomain,
		Long neighbourhoodId, ContactKind kind, String subject, String followUp, LocalDate followUpDue,
		boolean followUpDone) {

}
