package nl.cultuurschakel.binnenbuiten.shared.history;

/**
 * A status change that a record's path does not allow, or whose conditions are not met.
 * {@link #reason()} is a message key, which the page shows to the user. Each module
 * throws its own subclass, so that its pages catch only their own refusals.
 */
public abstract class TransitionException extends RuntimeException {

	private final String reason;

	/**
	 * @param what the kind of record, for the exception's message ("Grant", "Idea")
	 */
	protected TransitionException(String what, String reason, Enum<?> from, Enum<?> to) {
		super(what + " cannot move from " + from + " to " + to + ": " + reason);
		this.reason = reason;
	}

	public String reason() {
		return this.reason;
	}

}
