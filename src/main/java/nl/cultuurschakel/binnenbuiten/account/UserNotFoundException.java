package nl.cultuurschakel.binnenbuiten.account;

import nl.cultuurschakel.binnenbuiten.shared.NotFoundException;

public class UserNotFoundException extends NotFoundException {

	UserNotFoundException(Object id) {
		super("User", id);
	}

}
