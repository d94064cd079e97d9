package nl.cultuurschakel.binnenbuiten.account;

import java.util.Locale;
import java.util.Optional;

/**
 * The rules a new password must follow. Answers with the message key of the first rule it
 * breaks, so forms can show it next to the field.
 */
public final class PasswordPolicy {

	public static final int MIN_LENGTH = 12;

	public static final int MAX_LENGTH = 128;

	private PasswordPolicy() {
	}

	/**
	 * Checks a new password for the given username.
	 * @return the message key of the broken rule, or empty when the password is fine
	 */
	public static Optional<String> check(String username, String password) {
		if (password == null || password.length() < MIN_LENGTH) {
			return Optional.of("account.password.tooShort");
		}
		if (password.length() > MAX_LENGTH) {
			return Optional.of("account.password.tooLong");
		}
		if (username != null && password.strip().toLowerCase(Locale.ROOT).equals(username.toLowerCase(Locale.ROOT))) {
			return Optional.of("account.password.sameAsUsername");
		}
		return Optional.empty();
	}

}
