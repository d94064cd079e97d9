package nl.cultuurschakel.binnenbuiten.partner;

/**
 * One row of the partner list.
 */
public record PartnerSummary(Long id, String name, PartnerDomain domain, boolean knowledgePartner, String contactName,
		boolean active) {

}
