package nl.cultuurschakel.binnenbuiten.shared;

/**
 * A record that other records still refer to cannot be deleted (a workshop with ideas, a
 * neighbourhood with memberships, a space with activities, …). The delete-confirmation
 * page then says so instead of deleting (see {@code shared.web.DeleteConfirmation}).
 */
public class InUseException extends RuntimeException {

	public InUseException(String what, Object id, Throwable cause) {
		super(what + " " + id + " is still referred to", cause);
	}

}
