package nl.cultuurschakel.binnenbuiten.workshop;

import java.util.List;

/**
 * The ideas children shared in a workshop. Implemented by the idea module, so that the
 * workshop module does not depend on it.
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
