package nl.cultuurschakel.binnenbuiten.account;

/**
 * What a user may do. See DESIGN.md §2.
 */
public enum Role {

	/** Functional administrator: user accounts and roles, the audit log. */
	ADMIN,

	/** Programme coordinator: everything an advisor can, plus reports and budgets. */
	COORDINATOR,

	/** BinnenBuiten advisor: all operational work. */
	ADVISOR,

	/** A person at a partner organisation: sees the own organisation's networks. */
	PARTNER;

	/**
	 * The Spring Security authority of this role.
	 */
	public String authority() {
		return "ROLE_" + name();
	}

	/**
	 * Whether this role belongs to CultuurSchakel staff (advisor or coordinator).
	 */
	public boolean isStaff() {
		return this == COORDINATOR || this == ADVISOR;
	}

}
