package nl.cultuurschakel.binnenbuiten.workshop;

/**
 * Workshops held in a period and the children spoken to in them.
 */
public record WorkshopFigures(long workshops, long childrenSpoken) {

}
