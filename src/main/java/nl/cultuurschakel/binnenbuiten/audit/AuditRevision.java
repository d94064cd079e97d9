package nl.cultuurschakel.binnenbuiten.audit;

import java.time.Instant;
import java.util.HashSet;
import java.util.Set;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import org.hibernate.envers.RevisionEntity;
import org.hibernate.envers.RevisionNumber;
import org.hibernate.envers.RevisionTimestamp;

/**
 * One revision of the audit trail: the changes of one transaction, when and by whom
 * ({@code system} for jobs and demo data). Its numbers come one by one from their
 * sequence, not in blocks, so that they follow the order of time also with several
 * application instances (each would reserve a block of its own).
 */
@Entity
@RevisionEntity(AuditRevisionListener.class)
@Table(name = "audit_revision")
class AuditRevision {

	static final String SYSTEM = "system";

	@Id
	@GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "audit_revision_id")
	@SequenceGenerator(name = "audit_revision_id", sequenceName = "audit_revision_id_seq", allocationSize = 1)
	@RevisionNumber
	private Long id;

	@RevisionTimestamp
	@Column(name = "changed_at", nullable = false)
	private Instant changedAt;

	@Column(nullable = false, length = 120)
	private String username;

	/** Which records the revision changed: what the list of changes pages over. */
	@ElementCollection
	@CollectionTable(name = "audit_revision_change", joinColumns = @JoinColumn(name = "revision_id"))
	private Set<AuditedChange> changes = new HashSet<>();

	protected AuditRevision() {
	}

	void madeBy(String username) {
		this.username = username;
	}

	void changed(AuditedChange change) {
		this.changes.add(change);
	}

	Long getId() {
		return this.id;
	}

	Instant getChangedAt() {
		return this.changedAt;
	}

	String getUsername() {
		return this.username;
	}

}
