package nl.cultuurschakel.binnenbuiten.grant;

import nl.cultuurschakel.binnenbuiten.shared.history.TransitionException;

/**
 * A status change that the grant's path does not allow, or whose conditions are not met.
 */
public class GrantTransitionException extends TransitionException {

	public GrantTransitionException(String reason, GrantStatus from, GrantStatus to) {
		super("Grant", reason, from, to);
	}

}
