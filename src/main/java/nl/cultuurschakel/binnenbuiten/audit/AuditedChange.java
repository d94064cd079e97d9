package nl.cultuurschakel.binnenbuiten.audit;

import java.util.Objects;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

/**
 * One record changed in a revision: its type (see {@link AuditTypes}), its id and whether
 * it was created, changed or deleted.
 */
@Embeddable
class AuditedChange {

	@Column(name = "entity_type", nullable = false, length = 60)
	private String entityType;

	@Column(name = "entity_id", nullable = false)
	private Long entityId;

	@Enumerated(EnumType.STRING)
	@Column(name = "change_kind", nullable = false, length = 10)
	private ChangeKind kind;

	protected AuditedChange() {
	}

	AuditedChange(String entityType, Long entityId, ChangeKind kind) {
		this.entityType = entityType;
		this.entityId = entityId;
		this.kind = kind;
	}

	@Override
	public boolean equals(Object other) {
		return other instanceof AuditedChange change && this.entityType.equals(change.entityType)
				&& this.entityId.equals(change.entityId) && this.kind == change.kind;
	}

	@Override
	public int hashCode() {
		return Objects.hash(this.entityType, this.entityId, this.kind);
	}

}
