package nl.cultuurschakel.binnenbuiten.idea;

/**
 * An idea that grants refer to cannot be deleted.
 */
public class IdeaInUseException extends RuntimeException {

	public IdeaInUseException(Long id, Throwable cause) {
		super("Idea " + id + " is in use", cause);
	}

}
