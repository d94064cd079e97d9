package nl.cultuurschakel.binnenbuiten.idea;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

import nl.cultuurschakel.binnenbuiten.activity.ActivityService;
import nl.cultuurschakel.binnenbuiten.activity.ActivityStatus;
import nl.cultuurschakel.binnenbuiten.activity.ActivitySummary;
import nl.cultuurschakel.binnenbuiten.activity.SourceIdeas;

import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Component;

/**
 * Connects children's ideas with the activities that realise them, in both directions:
 * the idea pages see and link activities, the activity form offers the ideas of its
 * neighbourhood. Lives in the idea module, so the dependency runs one way only (idea →
 * activity).
 */
@Component
class ActivityLinks implements IdeaActivities, SourceIdeas {

	private static final Sort NEWEST_FIRST = Sort.by(Sort.Order.desc("collectedOn"), Sort.Order.asc("title"),
			Sort.Order.asc("id"));

	private final ActivityService activities;

	private final IdeaService ideas;

	ActivityLinks(ActivityService activities, IdeaService ideas) {
		this.activities = activities;
		this.ideas = ideas;
	}

	@Override
	public List<LinkedActivity> activitiesOf(Long ideaId) {
		return this.activities.findBySourceIdea(ideaId).stream().map(ActivityLinks::linked).toList();
	}

	@Override
	public List<LinkedActivity> linkableActivities(Long neighbourhoodId, String titlePart) {
		return this.activities.linkableTo(neighbourhoodId, titlePart).stream().map(ActivityLinks::linked).toList();
	}

	@Override
	public void link(Long ideaId, Long activityId) {
		this.activities.linkSourceIdea(activityId, ideaId);
	}

	@Override
	public List<SourceIdea> sourceIdeasIn(Long neighbourhoodId, String titlePart) {
		String part = (titlePart != null) ? titlePart.strip().toLowerCase(Locale.ROOT) : "";
		return this.ideas.find(new IdeaFilter(neighbourhoodId, null, null, null), NEWEST_FIRST)
			.stream()
			.filter((idea) -> idea.title().toLowerCase(Locale.ROOT).contains(part))
			.map((idea) -> new SourceIdea(idea.id(), idea.title(), idea.neighbourhoodId(), idea.collectedOn()))
			.toList();
	}

	@Override
	public Optional<SourceIdea> sourceIdea(Long ideaId) {
		return this.ideas.findIdea(ideaId)
			.map((idea) -> this.ideas.get(idea.id()))
			.map((idea) -> new SourceIdea(idea.id(), idea.data().title(), idea.data().neighbourhoodId(),
					idea.data().collectedOn()));
	}

	private static LinkedActivity linked(ActivitySummary activity) {
		return new LinkedActivity(activity.id(), activity.title(), activity.date(),
				activity.status() == ActivityStatus.DONE, activity.childrenReached());
	}

}
