package nl.cultuurschakel.binnenbuiten.contact.web;

import java.time.LocalDate;

import nl.cultuurschakel.binnenbuiten.contact.ContactFilter;
import nl.cultuurschakel.binnenbuiten.contact.ContactKind;
import nl.cultuurschakel.binnenbuiten.partner.PartnerDomain;

/**
 * The contact list's filters as they stand in the URL (and in the export links).
 */
class ContactListFilter {

	private LocalDate from;

	private LocalDate to;

	private Long advisor;

	private Long partner;

	private PartnerDomain domain;

	private Long neighbourhood;

	private ContactKind kind;

	private String q;

	ContactFilter toFilter() {
		return new ContactFilter(this.from, this.to, this.advisor, this.partner, this.domain, this.neighbourhood,
				this.kind, this.q);
	}

	public LocalDate getFrom() {
		return this.from;
	}

	public void setFrom(LocalDate from) {
		this.from = from;
	}

	public LocalDate getTo() {
		return this.to;
	}

	public void setTo(LocalDate to) {
		this.to = to;
	}

	public Long getAdvisor() {
		return this.advisor;
	}

	public void setAdvisor(Long advisor) {
		this.advisor = advisor;
	}

	public Long getPartner() {
		return this.partner;
	}

	public void setPartner(Long partner) {
		this.partner = partner;
	}

	public PartnerDomain getDomain() {
		return this.domain;
	}

	public void setDomain(PartnerDomain domain) {
		this.domain = domain;
	}

	public Long getNeighbourhood() {
		return this.neighbourhood;
	}

	public void setNeighbourhood(Long neighbourhood) {
		this.neighbourhood = neighbourhood;
	}

	public ContactKind getKind() {
		return this.kind;
	}

	public void setKind(ContactKind kind) {
		this.kind = kind;
	}

	public String getQ() {
		return this.q;
	}

	public void setQ(String q) {
		this.q = q;
	}

}
