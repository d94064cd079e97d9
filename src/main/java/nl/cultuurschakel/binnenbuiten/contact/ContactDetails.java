package nl.cultuurschakel.binnenbuiten.contact;

import nl.cultuurschakel.binnenbuiten.partner.PartnerDomain;

/**
 * One contact moment as its pages show it.
 */
public record ContactDetails(Long id, ContactData data, PartnerDomain counterpartDomain, long version) {

}
