package nl.cultuurschakel.binnenbuiten.neighbourhood;

/**
 * A neighbourhood that other records refer to (memberships, contacts, activities, …)
 * cannot be deleted.
 */
public class NeighbourhoodInUseException extends RuntimeException {

	NeighbourhoodInUseException(Long id, Throwable cause) {
		super("Neighbourhood " + id + " is still referred to", cause);
	}

}
