package nl.cultuurschakel.binnenbuiten.contact;

/**
 * A contact names a partner that does not exist.
 */
public class UnknownPartnerException extends RuntimeException {

	UnknownPartnerException(Long partnerId) {
		super("Unknown partner " + partnerId);
	}

}
