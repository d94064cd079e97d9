package nl.cultuurschakel.binnenbuiten.contact.web;

import java.util.List;

import nl.cultuurschakel.binnenbuiten.neighbourhood.NeighbourhoodSummary;

/**
 * What the contact form's neighbourhood field offers for the chosen partner: the
 * partner's own neighbourhoods first, and the one to fill in when there is exactly one.
 *
 * @param partnerName the chosen partner, or {@code null} when none is chosen yet
 * @param ofPartner the neighbourhoods where the partner is a member on the contact's day
 * @param others every other neighbourhood
 * @param preset the neighbourhood the form fills in, or {@code null}
 */
record NeighbourhoodChoice(String partnerName, List<NeighbourhoodSummary> ofPartner, List<NeighbourhoodSummary> others,
		Long preset) {

	/**
	 * A partner in two or more neighbourhoods: the advisor chooses between them.
	 */
	public boolean isAmbiguous() {
		return this.ofPartner.size() > 1;
	}

	/**
	 * Names of the partner's neighbourhoods, for the help text.
	 */
	public List<String> ofPartnerNames() {
		return this.ofPartner.stream().map(NeighbourhoodSummary::name).toList();
	}

}
