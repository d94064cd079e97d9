package nl.cultuurschakel.binnenbuiten.audit;

import java.time.Instant;
import java.util.List;

/**
 * One change of one record in the audit trail.
 *
 * @param revision the number of the revision (one per transaction)
 * @param type the kind of record (see {@code AuditTrail#types()})
 * @param recordName a readable name of the record when it has one (name, title, username,
 * subject), else {@code null}
 * @param fields the fields this change set, with their values before and after
 * @param earlierUnknown whether the record existed before the audit trail began, so that
 * the values before this change are not known
 * @param otherFieldsChanged whether fields kept out of the trail changed too (a password,
 * contact notes): the change shows without them
 */
public record AuditEntry(long revision, Instant changedAt, String username, String type, long recordId,
		String recordName, ChangeKind kind, List<FieldChange> fields, boolean earlierUnknown,
		boolean otherFieldsChanged) {

	/**
	 * One field: its property name and its values before and after.
	 */
	public record FieldChange(String property, Object before, Object after) {

	}

}
