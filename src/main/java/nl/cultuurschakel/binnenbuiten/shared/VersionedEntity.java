package nl.cultuurschakel.binnenbuiten.shared;

import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.Version;

import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.hibernate.envers.Audited;

/**
 * A stored record: an id drawn from its table's sequence and a version that refuses an
 * edit over someone else's later save. Each entity names its own id sequence (its table's
 * name followed by {@code _id_seq}, in blocks of 50) with an unnamed class-level
 * {@code @SequenceGenerator}, which the id declared here picks up.
 */
@MappedSuperclass
@Audited
public abstract class VersionedEntity {

	@Id
	@GeneratedValue(strategy = GenerationType.SEQUENCE)
	private Long id;

	@Version
	private long version;

	public Long getId() {
		return this.id;
	}

	public long getVersion() {
		return this.version;
	}

	/**
	 * Refuses an edit that started from another version than the stored one: someone else
	 * saved the record since (the form shows it as an edit conflict, see
	 * {@code shared.web.EditConflict}).
	 * @param startedFrom the version the user's edit started from
	 * @throws ObjectOptimisticLockingFailureException when that is not this version
	 */
	public void checkVersion(long startedFrom) {
		if (this.version != startedFrom) {
			throw new ObjectOptimisticLockingFailureException(getClass(), this.id);
		}
	}

}
