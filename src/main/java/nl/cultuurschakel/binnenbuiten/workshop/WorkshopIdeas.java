package nl.cultuurschakel.binnenbuiten.workshop;

import java.util.List;

/**
 * The ideas children shared in a workshop, for the workshop page. Implemented by the idea
 * module, which depends on this one (idea → workshop), so the dependency runs one way.
 */
public interface WorkshopIdeas {

	/**
	 * The workshop's ideas in the order they were recorded.
	 */
	List<WorkshopIdea> ideasOf(Long workshopId);

	/**
	 * One idea as the workshop page lists it.
	 *
	 * @param status the idea's status name, shown with the message key
	 * {@code idea.status.<status>}
	 */
	record WorkshopIdea(Long id, String title, String status, int children) {
	}

}
