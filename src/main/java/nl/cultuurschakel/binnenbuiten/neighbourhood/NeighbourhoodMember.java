package nl.cultuurschakel.binnenbuiten.neighbourhood;

import java.time.LocalDate;
import java.util.List;

/**
 * A member of a neighbourhood network, as the neighbourhood page shows it.
 *
 * @param membershipId the membership, for links to edit it
 * @param partnerId the member organisation
 * @param partnerName its name
 * @param domain its domain as a key ({@code ARTS_CULTURE}, {@code SOCIAL},
 * {@code EDUCATION}, {@code OTHER})
 * @param knowledgePartner whether it is a knowledge partner
 * @param roles its roles in this network, as keys
 * @param startDate first day of the membership
 * @param endDate last day, or {@code null} while it lasts
 */
public record NeighbourhoodMember(Long membershipId, Long partnerId, String partnerName, String domain,
		boolean knowledgePartner, List<String> roles, LocalDate startDate, LocalDate endDate) {

}
