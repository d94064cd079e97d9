package nl.cultuurschakel.binnenbuiten.account;

/**
 * Another user already has this username (case does not matter).
 */
public class UsernameTakenException extends RuntimeException {

	UsernameTakenException(String username) {
		super("Username taken: " + username);
	}

}
