package nl.cultuurschakel.binnenbuiten.contact;

import java.io.Serializable;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;

/**
 * Follow-ups ticked off together, as an undo needs them: each contact moment's id with
 * its version after the tick-off, and the moment it happened. Kept in the session for the
 * next page (a flash attribute), hence serializable.
 *
 * @param versions the contact moments' versions by id
 * @param at when they were ticked off
 */
public record TickOff(Map<Long, Long> versions, Instant at) implements Serializable {

	/** How long a tick-off can be undone. */
	public static final Duration UNDO_WINDOW = Duration.ofSeconds(10);

	public TickOff {
		versions = Map.copyOf(versions);
	}

	public int count() {
		return this.versions.size();
	}

	/** The last moment it can be undone. */
	public Instant undoableUntil() {
		return this.at.plus(UNDO_WINDOW);
	}

	/**
	 * Whether it can still be undone at {@code now}: not later than {@link #UNDO_WINDOW}
	 * after it happened (and not before it, as a forged moment would claim).
	 */
	public boolean isUndoableAt(Instant now) {
		return !now.isBefore(this.at) && !now.isAfter(undoableUntil());
	}

}
