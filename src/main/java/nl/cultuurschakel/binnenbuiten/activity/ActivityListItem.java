package nl.cultuurschakel.binnenbuiten.activity;

/**
 * A list row with the names pages show: the neighbourhood and the location (a space with
 * its partner, or the address).
 */
public record ActivityListItem(ActivityRow row, String neighbourhoodName, String location) {

}
