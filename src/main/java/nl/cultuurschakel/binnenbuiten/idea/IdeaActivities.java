package nl.cultuurschakel.binnenbuiten.idea;

import java.time.LocalDate;
import java.util.List;

/**
 * The activities that realise ideas. Implemented by the activity module, so that the idea
 * module does not depend on it. When no implementation exists, no activities are shown,
 * linking is not offered and an idea cannot become {@link IdeaStatus#REALISED}.
 */
public interface IdeaActivities {

	/** Activities that realise this idea. */
	List<LinkedActivity> activitiesOf(Long ideaId);

	/**
	 * Activities in the neighbourhood that could be linked to an idea (not linked to any
	 * idea yet, not cancelled), newest first.
	 */
	default List<LinkedActivity> linkableActivities(Long neighbourhoodId) {
		return linkableActivities(neighbourhoodId, null);
	}

	/**
	 * As {@link #linkableActivities(Long)}, only those whose title contains
	 * {@code titlePart} (any case; {@code null} or blank for all).
	 */
	List<LinkedActivity> linkableActivities(Long neighbourhoodId, String titlePart);

	/** Records that the activity realises the idea. */
	void link(Long ideaId, Long activityId);

	record LinkedActivity(Long id, String title, LocalDate date, boolean done, Integer childrenReached) {
	}

}
