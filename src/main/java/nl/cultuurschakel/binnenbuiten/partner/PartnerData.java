package nl.cultuurschakel.binnenbuiten.partner;

/**
 * Everything staff enter about a partner.
 */
public record PartnerData(String name, PartnerDomain domain, boolean knowledgePartner, PartnerProfile profile) {

}
