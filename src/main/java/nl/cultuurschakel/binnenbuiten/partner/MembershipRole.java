package nl.cultuurschakel.binnenbuiten.partner;

/**
 * The roles a partner plays in a neighbourhood network (building block 1: clear roles).
 */
public enum MembershipRole {

	/** Sleutelfiguur / wegwijzer. */
	KEY_FIGURE,

	/** Verbinding met de doelgroep. */
	TARGET_GROUP_LINK,

	/** Beheert projectplannen. */
	PLAN_OWNER,

	/** Vast aanspreekpunt. */
	COORDINATION

}
