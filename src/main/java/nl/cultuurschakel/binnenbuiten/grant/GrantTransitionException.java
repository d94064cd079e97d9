package nl.cultuurschakel.binnenbuiten.grant;

/**
 * A status change that the grant's path does not allow, or whose conditions are not met.
 * {@link #reason()} is a message key.
 */
public class GrantTransitionException extends RuntimeException {

	private final String reason;

	public GrantTransitionException(String reason, GrantStatus from, GrantStatus to) {
		super("Grant cannot move from " + from + " to " + to + ": " + reason);
		this.reason = reason;
	}

	public String reason() {
		return this.reason;
	}

}
