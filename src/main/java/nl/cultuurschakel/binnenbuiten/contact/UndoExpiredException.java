package nl.cultuurschakel.binnenbuiten.contact;

/**
 * An undo asked for after its {@link TickOff#UNDO_WINDOW}: nothing was changed.
 */
public class UndoExpiredException extends RuntimeException {

	UndoExpiredException() {
		super("The tick-off can no longer be undone");
	}

}
