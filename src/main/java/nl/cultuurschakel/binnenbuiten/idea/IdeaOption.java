package nl.cultuurschakel.binnenbuiten.idea;

/**
 * An idea as other modules pick and name it (the activity's source idea).
 */
public record IdeaOption(Long id, String title, Long neighbourhoodId) {

}
