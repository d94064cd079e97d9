package nl.cultuurschakel.binnenbuiten.network;

import java.util.Set;

import nl.cultuurschakel.binnenbuiten.partner.MembershipRole;
import nl.cultuurschakel.binnenbuiten.partner.PartnerDomain;

/**
 * A member of a neighbourhood network in a period: a partner with a membership that
 * shares at least one day with the period.
 *
 * @param activities how many activities in the period the member organises (alone or
 * together)
 */
public record Member(Long partnerId, String name, PartnerDomain domain, boolean knowledgePartner,
		Set<MembershipRole> roles, String contactName, String contactEmail, int activities) {

}
