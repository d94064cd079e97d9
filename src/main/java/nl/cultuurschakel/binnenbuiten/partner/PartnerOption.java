package nl.cultuurschakel.binnenbuiten.partner;

/**
 * A partner in a picker.
 */
public record PartnerOption(Long id, String name, PartnerDomain domain) {

}
