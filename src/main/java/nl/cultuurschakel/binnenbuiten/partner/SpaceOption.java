package nl.cultuurschakel.binnenbuiten.partner;

/**
 * A shared space in a picker, with the partner it belongs to.
 */
public record SpaceOption(Long id, String name, Long partnerId, String partnerName, boolean parallelUse) {

}
