package nl.cultuurschakel.binnenbuiten.partner.web;

import nl.cultuurschakel.binnenbuiten.partner.PartnerDomain;

/**
 * The filters of the partner list as they appear in the URL, so a filtered view can be
 * bookmarked and shared.
 */
class PartnerListFilter {

	private String q;

	private PartnerDomain domain;

	private Boolean knowledgePartner;

	private Long neighbourhood;

	private Boolean active = Boolean.TRUE;

	public String getQ() {
		return this.q;
	}

	public void setQ(String q) {
		this.q = q;
	}

	public PartnerDomain getDomain() {
		return this.domain;
	}

	public void setDomain(PartnerDomain domain) {
		this.domain = domain;
	}

	public Boolean getKnowledgePartner() {
		return this.knowledgePartner;
	}

	public void setKnowledgePartner(Boolean knowledgePartner) {
		this.knowledgePartner = knowledgePartner;
	}

	public Long getNeighbourhood() {
		return this.neighbourhood;
	}

	public void setNeighbourhood(Long neighbourhood) {
		this.neighbourhood = neighbourhood;
	}

	public Boolean getActive() {
		return this.active;
	}

	public void setActive(Boolean active) {
		this.active = active;
	}

}
