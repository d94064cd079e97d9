package nl.cultuurschakel.binnenbuiten.partner;

/**
 * One partner as its pages show it.
 */
public record PartnerDetails(Long id, String name, PartnerDomain domain, boolean knowledgePartner,
		PartnerProfile profile, boolean active, long version) {

	public PartnerData data() {
		return new PartnerData(this.name, this.domain, this.knowledgePartner, this.profile);
	}

}
