package nl.cultuurschakel.binnenbuiten.shared;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/**
 * A record that a URL or a form names does not exist (or may not be seen by the current
 * user). Shown as the friendly 404 page, never as a 500.
 */
@ResponseStatus(HttpStatus.NOT_FOUND)
public class NotFoundException extends RuntimeException {

	public NotFoundException(String what, Object id) {
		super(what + " " + id + " not found");
	}

}
