package nl.cultuurschakel.binnenbuiten.neighbourhood;

import nl.cultuurschakel.binnenbuiten.shared.NotFoundException;

public class NeighbourhoodNotFoundException extends NotFoundException {

	public NeighbourhoodNotFoundException(Object id) {
		super("Neighbourhood", id);
	}

}
