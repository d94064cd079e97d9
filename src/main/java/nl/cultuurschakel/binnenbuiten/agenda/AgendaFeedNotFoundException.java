package nl.cultuurschakel.binnenbuiten.agenda;

import nl.cultuurschakel.binnenbuiten.shared.NotFoundException;

/**
 * A feed address with no current feed behind it (wrong, renewed or stopped): the plain
 * 404 page, which says no more.
 */
public class AgendaFeedNotFoundException extends NotFoundException {

	AgendaFeedNotFoundException() {
		super("Agenda feed", "(token withheld)");
	}

}
