package nl.cultuurschakel.binnenbuiten.account;

/**
 * An advisor or coordinator, as pickers and filters list them.
 */
public record StaffMember(Long id, String displayName, Role role) {

	/** The name pickers show. */
	public String name() {
		return this.displayName;
	}

}
