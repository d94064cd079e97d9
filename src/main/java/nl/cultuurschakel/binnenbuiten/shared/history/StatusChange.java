package nl.cultuurschakel.binnenbuiten.shared.history;

import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.MappedSuperclass;

import nl.cultuurschakel.binnenbuiten.shared.VersionedEntity;
import org.hibernate.envers.Audited;

/**
 * One recorded step in the life of a record: from which status to which, on which day, by
 * whom and why. Append-only. Each module maps its own subclass to its own table
 * ({@code <module>_status_change}, the record's id in a column named by an
 * {@code @AttributeOverride} of {@code subjectId}) and names its own id sequence with an
 * unnamed class-level {@code @SequenceGenerator}, which the id of {@link VersionedEntity}
 * picks up.
 *
 * @param <S> the status enum of the module
 */
@MappedSuperclass
@Audited
public abstract class StatusChange<S extends Enum<S>> extends VersionedEntity {

	@Column(nullable = false)
	private Long subjectId;

	@Enumerated(EnumType.STRING)
	@Column(name = "from_status", length = 20)
	private S fromStatus;

	@Enumerated(EnumType.STRING)
	@Column(name = "to_status", nullable = false, length = 20)
	private S toStatus;

	@Column(name = "changed_on", nullable = false)
	private LocalDate changedOn;

	@Column(name = "changed_by")
	private Long changedBy;

	@Column(name = "changed_by_name", length = 120)
	private String changedByName;

	@Column(length = 1000)
	private String note;

	protected StatusChange() {
	}

	/**
	 * @param fromStatus the status before, null for the first step
	 * @param changedBy the user's id, null when unknown
	 * @param changedByName the user's name as it was then, kept when the user is deleted
	 */
	protected StatusChange(Long subjectId, S fromStatus, S toStatus, LocalDate changedOn, Long changedBy,
			String changedByName, String note) {
		this.subjectId = subjectId;
		this.fromStatus = fromStatus;
		this.toStatus = toStatus;
		this.changedOn = changedOn;
		this.changedBy = changedBy;
		this.changedByName = changedByName;
		this.note = note;
	}

	public RecordedChange toRecordedChange() {
		return new RecordedChange(this.subjectId, (this.fromStatus != null) ? this.fromStatus.name() : null,
				this.toStatus.name(), this.changedOn, this.note);
	}

	public HistoryEntry<S> toEntry() {
		return new HistoryEntry<>(this.fromStatus, this.toStatus, this.changedOn, this.changedByName, this.note);
	}

}
