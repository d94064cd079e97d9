package nl.cultuurschakel.binnenbuiten.neighbourhood;

/**
 * Another neighbourhood already has this name (case does not matter).
 */
public class NeighbourhoodNameTakenException extends RuntimeException {

	NeighbourhoodNameTakenException(String name) {
		super("Neighbourhood name taken: " + name);
	}

}
