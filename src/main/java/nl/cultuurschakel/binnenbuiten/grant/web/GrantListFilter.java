package nl.cultuurschakel.binnenbuiten.grant.web;

import nl.cultuurschakel.binnenbuiten.grant.GrantFilter;
import nl.cultuurschakel.binnenbuiten.grant.GrantStatus;

/**
 * The filters of the grant list (and its exports) as they appear in the URL; a value that
 * cannot be read is a bad request (400).
 */
class GrantListFilter {

	private Integer year;

	private GrantStatus status;

	private Long neighbourhood;

	private Long partner;

	GrantFilter toFilter() {
		return new GrantFilter(this.year, this.status, this.neighbourhood, this.partner);
	}

	public Integer getYear() {
		return this.year;
	}

	public void setYear(Integer year) {
		this.year = year;
	}

	public GrantStatus getStatus() {
		return this.status;
	}

	public void setStatus(GrantStatus status) {
		this.status = status;
	}

	public Long getNeighbourhood() {
		return this.neighbourhood;
	}

	public void setNeighbourhood(Long neighbourhood) {
		this.neighbourhood = neighbourhood;
	}

	public Long getPartner() {
		return this.partner;
	}

	public void setPartner(Long partner) {
		this.partner = partner;
	}

}
