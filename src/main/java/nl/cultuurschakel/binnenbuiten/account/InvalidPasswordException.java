package nl.cultuurschakel.binnenbuiten.account;

/**
 * A password that breaks the {@link PasswordPolicy}, or a wrong current password.
 */
public class InvalidPasswordException extends RuntimeException {

	private final String messageKey;

	InvalidPasswordException(String messageKey) {
		super(messageKey);
		this.messageKey = messageKey;
	}

	/**
	 * The key of the message that explains the problem to the user.
	 */
	public String getMessageKey() {
		return this.messageKey;
	}

}
