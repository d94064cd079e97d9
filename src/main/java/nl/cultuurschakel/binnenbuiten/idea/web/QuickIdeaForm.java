package nl.cultuurschakel.binnenbuiten.idea.web;

import nl.cultuurschakel.binnenbuiten.idea.IdeaData;
import nl.cultuurschakel.binnenbuiten.workshop.WorkshopDetails;

/**
 * The quick form on the workshop page: the workshop gives the neighbourhood and the date.
 */
class QuickIdeaForm extends IdeaFields {

	IdeaData toData(WorkshopDetails workshop) {
		return new IdeaData(getTitle(), getDescription(), workshop.id(), workshop.data().neighbourhoodId(),
				getDiscipline(), getChildrenCount(), workshop.data().heldOn());
	}

}
