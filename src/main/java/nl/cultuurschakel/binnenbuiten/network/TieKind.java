package nl.cultuurschakel.binnenbuiten.network;

/**
 * What two members of a network did together; each occurrence is one joint action.
 */
public enum TieKind {

	/** Both organise the same activity (dated in the period, not cancelled). */
	ACTIVITY,

	/** Both take up the same idea of the neighbourhood (collected in the period). */
	IDEA,

	/**
	 * One receives a grant (requested in the period, not rejected or withdrawn) for an
	 * idea the other takes up.
	 */
	GRANT,

	/**
	 * Both were at the same contact moment (dated in the period, in the neighbourhood):
	 * the counterpart and the other partners present. Only that they met counts; the
	 * subject and the notes never reach the network.
	 */
	CONTACT

}
