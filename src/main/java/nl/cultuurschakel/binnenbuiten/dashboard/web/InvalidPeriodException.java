package nl.cultuurschakel.binnenbuiten.dashboard.web;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/**
 * A period that ends before it starts: a bad request, shown on the friendly error page.
 */
@ResponseStatus(HttpStatus.BAD_REQUEST)
class InvalidPeriodException extends RuntimeException {

	InvalidPeriodException() {
		super("A period cannot end before it starts");
	}

}
