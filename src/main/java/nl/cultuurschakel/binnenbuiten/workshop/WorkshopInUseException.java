package nl.cultuurschakel.binnenbuiten.workshop;

/**
 * A workshop that ideas still refer to cannot be deleted.
 */
public class WorkshopInUseException extends RuntimeException {

	public WorkshopInUseException(Long id, Throwable cause) {
		super("Workshop " + id + " is in use", cause);
	}

}
