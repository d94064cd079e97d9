package nl.cultuurschakel.binnenbuiten.shared;

import org.springframework.orm.ObjectOptimisticLockingFailureException;

/**
 * Edits that start from a version of a record: an edit over someone else's later save is
 * refused instead of silently overwriting it (the form shows it as an edit conflict, see
 * {@code shared.web.EditConflict}).
 */
public final class Versions {

	private Versions() {
	}

	/**
	 * @param type the kind of record, for the exception
	 * @param stored the version the record has now
	 * @param startedFrom the version the user's edit started from
	 * @throws ObjectOptimisticLockingFailureException when the two differ
	 */
	public static void checkUnchanged(Class<?> type, Object id, long stored, long startedFrom) {
		if (stored != startedFrom) {
			throw new ObjectOptimisticLockingFailureException(type, id);
		}
	}

}
