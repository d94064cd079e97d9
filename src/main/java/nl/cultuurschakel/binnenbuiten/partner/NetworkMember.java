package nl.cultuurschakel.binnenbuiten.partner;

import java.time.LocalDate;
import java.util.Set;

/**
 * A member of a neighbourhood network with its roles and its contact person, as partner
 * users see the other members of their networks.
 */
public record NetworkMember(Long membershipId, Long partnerId, String partnerName, PartnerDomain domain,
		boolean knowledgePartner, Set<MembershipRole> roles, String contactName, String contactEmail,
		String contactPhone, LocalDate startDate, LocalDate endDate) {

}
