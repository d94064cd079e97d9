package nl.cultuurschakel.binnenbuiten.workshop;

import nl.cultuurschakel.binnenbuiten.shared.NotFoundException;

public class WorkshopNotFoundException extends NotFoundException {

	public WorkshopNotFoundException(Object id) {
		super("Workshop", id);
	}

}
