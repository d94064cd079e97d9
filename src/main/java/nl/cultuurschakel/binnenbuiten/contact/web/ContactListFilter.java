package nl.cultuurschakel.binnenbuiten.contact.web;

import nl.cultuurschakel.binnenbuiten.contact.ContactFilter;
import nl.cultuurschakel.binnenbuiten.contact.ContactKind;
import nl.cultuurschakel.binnenbuiten.partner.PartnerDomain;
import nl.cultuurschakel.binnenbuiten.shared.Period;
import nl.cultuurschakel.binnenbuiten.shared.web.PeriodFilter;

/**
 * The contact list's filters as they stand in the URL (and in the export links).
 */
class ContactListFilter extends PeriodFilter {

	private Long advisor;

	private Long partner;

	private PartnerDomain domain;

	private Long neighbourhood;

	private ContactKind kind;

	private String q;

	/**
	 * Contacts have no planning years: any day with a four-digit year may be asked for.
	 * @throws nl.cultuurschakel.binnenbuiten.shared.InvalidPeriodException (400) for a
	 * period that ends before it starts
	 */
	ContactFilter toFilter() {
		Period period = period();
		return new ContactFilter(period.from(), period.to(), this.advisor, this.partner, this.domain,
				this.neighbourhood, this.kind, this.q);
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
