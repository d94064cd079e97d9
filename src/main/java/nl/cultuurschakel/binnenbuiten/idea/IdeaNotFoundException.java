package nl.cultuurschakel.binnenbuiten.idea;

import nl.cultuurschakel.binnenbuiten.shared.NotFoundException;

public class IdeaNotFoundException extends NotFoundException {

	public IdeaNotFoundException(Object id) {
		super("Idea", id);
	}

}
