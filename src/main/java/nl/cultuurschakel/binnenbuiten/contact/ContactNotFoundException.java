package nl.cultuurschakel.binnenbuiten.contact;

import nl.cultuurschakel.binnenbuiten.shared.NotFoundException;

public class ContactNotFoundException extends NotFoundException {

	ContactNotFoundException(Object id) {
		super("Contact", id);
	}

}
