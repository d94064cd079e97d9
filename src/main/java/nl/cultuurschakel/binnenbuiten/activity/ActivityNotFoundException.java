package nl.cultuurschakel.binnenbuiten.activity;

import nl.cultuurschakel.binnenbuiten.shared.NotFoundException;

public class ActivityNotFoundException extends NotFoundException {

	public ActivityNotFoundException(Long id) {
		super("Activity", id);
	}

}
