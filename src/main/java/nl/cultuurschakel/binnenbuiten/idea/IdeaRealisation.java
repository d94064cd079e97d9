package nl.cultuurschakel.binnenbuiten.idea;

import lombok.RequiredArgsConstructor;
import nl.cultuurschakel.binnenbuiten.activity.ActivityCompleted;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Moves a planned idea on to realised when an activity that realises it took place.
 */
@Component
@RequiredArgsConstructor
class IdeaRealisation {

	private final IdeaService ideas;

	/**
	 * Only for activities that realise an idea: for the others no publication is stored.
	 */
	@ApplicationModuleListener(condition = "#completed.sourceIdeaId() != null")
	void on(ActivityCompleted completed) {
		this.ideas.realisedBy(completed.sourceIdeaId(), completed.date());
	}

}
