package nl.cultuurschakel.binnenbuiten.activity;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * The children's ideas an activity can realise, as the activity module needs them.
 * Implemented by the idea module, which depends on this one (idea → activity), so the
 * dependency runs one way.
 */
public interface SourceIdeas {

	/**
	 * Ideas an activity in this neighbourhood can realise, for the form's picker: newest
	 * first, only those whose title contains {@code titlePart} (any case; {@code null} or
	 * blank for all).
	 */
	List<SourceIdea> sourceIdeasIn(Long neighbourhoodId, String titlePart);

	/** One idea, to validate a posted id and to show its title. */
	Optional<SourceIdea> sourceIdea(Long ideaId);

	record SourceIdea(Long id, String title, Long neighbourhoodId, LocalDate collectedOn) {
	}

}
