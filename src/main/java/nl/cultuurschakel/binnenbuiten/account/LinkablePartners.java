package nl.cultuurschakel.binnenbuiten.account;

import java.util.List;

/**
 * The partner organisations a partner user can be linked to. Implemented by the partner
 * module, which depends on this one (partner → account), so the dependency runs one way.
 */
public interface LinkablePartners {

	/**
	 * All partners by name.
	 */
	List<LinkablePartner> linkablePartners();

	/**
	 * A partner that a user may be linked to.
	 */
	record LinkablePartner(Long id, String name) {

	}

}
