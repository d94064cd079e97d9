package nl.cultuurschakel.binnenbuiten.idea;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

import lombok.RequiredArgsConstructor;
import nl.cultuurschakel.binnenbuiten.activity.SourceIdeas;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Offers the children's ideas to the activity form, which records the idea an activity
 * realises. The activity module declares what it needs; the idea module, which depends on
 * it, answers from its own tables.
 */
@Component
@Transactional(readOnly = true)
@RequiredArgsConstructor
class IdeaSources implements SourceIdeas {

	private final IdeaRepository ideas;

	@Override
	public List<SourceIdea> sourceIdeasIn(Long neighbourhoodId, String titlePart) {
		String part = (titlePart != null) ? titlePart.strip().toLowerCase(Locale.ROOT) : "";
		return this.ideas.findCardsNewestFirstIn(neighbourhoodId)
			.stream()
			.filter((idea) -> idea.title().toLowerCase(Locale.ROOT).contains(part))
			.map((idea) -> new SourceIdea(idea.id(), idea.title(), idea.neighbourhoodId(), idea.collectedOn()))
			.toList();
	}

	@Override
	public Optional<SourceIdea> sourceIdea(Long ideaId) {
		return this.ideas.findById(ideaId).map(Idea::toDetails).map(IdeaSources::source);
	}

	private static SourceIdea source(IdeaDetails idea) {
		return new SourceIdea(idea.id(), idea.data().title(), idea.data().neighbourhoodId(), idea.data().collectedOn());
	}

}
