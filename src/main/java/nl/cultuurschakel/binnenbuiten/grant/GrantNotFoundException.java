package nl.cultuurschakel.binnenbuiten.grant;

import nl.cultuurschakel.binnenbuiten.shared.NotFoundException;

public class GrantNotFoundException extends NotFoundException {

	public GrantNotFoundException(Object id) {
		super("Grant", id);
	}

}
