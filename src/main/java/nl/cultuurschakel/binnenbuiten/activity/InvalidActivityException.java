package nl.cultuurschakel.binnenbuiten.activity;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/**
 * An activity that breaks a rule the form should have caught (a bad request, never a
 * 500).
 */
@ResponseStatus(HttpStatus.BAD_REQUEST)
public class InvalidActivityException extends RuntimeException {

	public InvalidActivityException(String message) {
		super(message);
	}

}
