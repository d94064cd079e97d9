package nl.cultuurschakel.binnenbuiten.partner;

import nl.cultuurschakel.binnenbuiten.shared.NotFoundException;

public class PartnerNotFoundException extends NotFoundException {

	PartnerNotFoundException(String what, Object id) {
		super(what, id);
	}

}
