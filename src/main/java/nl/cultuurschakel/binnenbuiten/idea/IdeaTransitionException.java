package nl.cultuurschakel.binnenbuiten.idea;

/**
 * A status change that the lifecycle does not allow, or whose conditions are not met.
 * {@link #reason()} is a message key.
 */
public class IdeaTransitionException extends RuntimeException {

	private final String reason;

	public IdeaTransitionException(String reason, IdeaStatus from, IdeaStatus to) {
		super("Idea cannot move from " + from + " to " + to + ": " + reason);
		this.reason = reason;
	}

	public String reason() {
		return this.reason;
	}

}
