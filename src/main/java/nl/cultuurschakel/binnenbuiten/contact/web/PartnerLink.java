package nl.cultuurschakel.binnenbuiten.contact.web;

/**
 * A partner named on a contact's page, linked to its own page.
 */
record PartnerLink(Long id, String name) {

}
