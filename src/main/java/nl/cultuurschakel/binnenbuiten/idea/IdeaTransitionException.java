package nl.cultuurschakel.binnenbuiten.idea;

import nl.cultuurschakel.binnenbuiten.shared.history.TransitionException;

/**
 * A status change that the lifecycle does not allow, or whose conditions are not met.
 */
public class IdeaTransitionException extends TransitionException {

	public IdeaTransitionException(String reason, IdeaStatus from, IdeaStatus to) {
		super("Idea", reason, from, to);
	}

}
