package nl.cultuurschakel.binnenbuiten.grant;

import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import nl.cultuurschakel.binnenbuiten.account.Actor;

/**
 * One recorded step of a grant: from which status to which, when, by whom and why.
 */
@Entity
@Table(name = "grant_status_change")
class GrantStatusChange {

	@Id
	@GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "grant_status_change_id_seq")
	@SequenceGenerator(name = "grant_status_change_id_seq", sequenceName = "grant_status_change_id_seq",
			allocationSize = 50)
	private Long id;

	@Column(name = "grant_id", nullable = false)
	private Long grantId;

	@Enumerated(EnumType.STRING)
	@Column(name = "from_status", length = 20)
	private GrantStatus fromStatus;

	@Enumerated(EnumType.STRING)
	@Column(name = "to_status", nullable = false, length = 20)
	private GrantStatus toStatus;

	@Column(name = "changed_on", nullable = false)
	private LocalDate changedOn;

	@Column(name = "changed_by")
	private Long changedBy;

	@Column(name = "changed_by_name", length = 120)
	private String changedByName;

	@Column(length = 1000)
	private String note;

	@Version
	private long version;

	protected GrantStatusChange() {
	}

	GrantStatusChange(Long grantId, GrantStatus fromStatus, GrantStatus toStatus, LocalDate changedOn, Actor actor,
			String note) {
		this.grantId = grantId;
		this.fromStatus = fromStatus;
		this.toStatus = toStatus;
		this.changedOn = changedOn;
		this.changedBy = actor.userId();
		this.changedByName = actor.name();
		this.note = note;
	}

	HistoryEntry toEntry() {
		return new HistoryEntry(this.fromStatus, this.toStatus, this.changedOn, this.changedByName, this.note);
	}

}
