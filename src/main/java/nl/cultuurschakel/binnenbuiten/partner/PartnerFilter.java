package nl.cultuurschakel.binnenbuiten.partner;

/**
 * The filters of the partner list; {@code null} means "any".
 *
 * @param name part of the name
 * @param domain the domain
 * @param knowledgePartner knowledge partners only ({@code true}) or none of them
 * ({@code false})
 * @param neighbourhoodId partners with a current membership of this neighbourhood
 * @param active active or inactive partners
 */
public record PartnerFilter(String name, PartnerDomain domain, Boolean knowledgePartner, Long neighbourhoodId,
		Boolean active) {

}
