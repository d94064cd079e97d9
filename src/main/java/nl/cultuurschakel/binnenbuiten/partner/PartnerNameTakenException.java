package nl.cultuurschakel.binnenbuiten.partner;

/**
 * Another partner already has this name (case does not matter).
 */
public class PartnerNameTakenException extends RuntimeException {

	PartnerNameTakenException(String name) {
		super("Partner name taken: " + name);
	}

}
