package nl.cultuurschakel.binnenbuiten.partner.web;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import nl.cultuurschakel.binnenbuiten.partner.PartnerData;
import nl.cultuurschakel.binnenbuiten.partner.PartnerDetails;
import nl.cultuurschakel.binnenbuiten.partner.PartnerDomain;

/**
 * Staff's create and edit form of a partner.
 */
class PartnerForm extends ProfileForm {

	@NotNull
	@Size(min = 2, max = 150)
	private String name;

	@NotNull
	private PartnerDomain domain;

	private boolean knowledgePartner;

	static PartnerForm of(PartnerDetails partner) {
		PartnerForm form = new PartnerForm();
		form.name = partner.name();
		form.domain = partner.domain();
		form.knowledgePartner = partner.knowledgePartner();
		form.fill(partner.profile(), partner.version());
		return form;
	}

	PartnerData toData() {
		return new PartnerData(this.name, this.domain, this.knowledgePartner, toProfile());
	}

	public String getName() {
		return this.name;
	}

	public void setName(String name) {
		this.name = name;
	}

	public PartnerDomain getDomain() {
		return this.domain;
	}

	public void setDomain(PartnerDomain domain) {
		this.domain = domain;
	}

	public boolean isKnowledgePartner() {
		return this.knowledgePartner;
	}

	public void setKnowledgePartner(boolean knowledgePartner) {
		this.knowledgePartner = knowledgePartner;
	}

}
