package nl.cultuurschakel.binnenbuiten.idea;

import java.util.List;

import lombok.RequiredArgsConstructor;
import nl.cultuurschakel.binnenbuiten.workshop.WorkshopIdeas;

import org.springframework.stereotype.Component;

/**
 * Lets the workshop page list the ideas of its workshop.
 */
@Component
@RequiredArgsConstructor
class IdeasOfWorkshops implements WorkshopIdeas {

	private final IdeaService ideas;

	@Override
	public List<WorkshopIdea> ideasOf(Long workshopId) {
		return this.ideas.ofWorkshop(workshopId)
			.stream()
			.map((idea) -> new WorkshopIdea(idea.id(), idea.title(), idea.status().name(), idea.childrenCount()))
			.toList();
	}

}
