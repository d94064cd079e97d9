package nl.cultuurschakel.binnenbuiten.workshop;

/**
 * One workshop as its pages and other modules see it.
 */
public record WorkshopDetails(Long id, WorkshopData data, long version) {

}
