package nl.cultuurschakel.binnenbuiten.grant.web;

import nl.cultuurschakel.binnenbuiten.grant.GrantFilter;
import nl.cultuurschakel.binnenbuiten.grant.GrantStatus;

/**
 * The filters of the grant list (and its exports) as they appear in the URL, each may be
 * left out; a value that cannot be read is a bad request (400).
 */
record GrantListFilter(Integer year, GrantStatus status, Long neighbourhood, Long partner) {

	GrantFilter toFilter() {
		return new GrantFilter(this.year, this.status, this.neighbourhood, this.partner);
	}

}
