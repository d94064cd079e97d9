package nl.cultuurschakel.binnenbuiten.partner;

/**
 * A shared space as entered.
 */
public record SpaceData(String name, Integer capacity, String accessibilityNotes) {

}
