package nl.cultuurschakel.binnenbuiten.agenda;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

import nl.cultuurschakel.binnenbuiten.shared.VersionedEntity;
import org.hibernate.envers.Audited;
import org.hibernate.envers.NotAudited;

/**
 * A user's agenda subscription: the hash of the token in its address (never the token
 * itself, so a copy of the database opens no feed) and when that token was made.
 */
@Entity
@Audited
@SequenceGenerator(sequenceName = "agenda_feed_id_seq", allocationSize = 50)
@Table(name = "agenda_feed")
class AgendaFeed extends VersionedEntity {

	@Column(name = "user_id", nullable = false, updatable = false)
	private Long userId;

	@NotAudited
	@Column(name = "token_hash", nullable = false, length = 64)
	private String tokenHash;

	@Column(name = "created_at", nullable = false)
	private Instant createdAt;

	protected AgendaFeed() {
	}

	AgendaFeed(Long userId, String tokenHash, Instant createdAt) {
		this.userId = userId;
		renew(tokenHash, createdAt);
	}

	/**
	 * Takes a new token: the old address stops working.
	 */
	void renew(String tokenHash, Instant createdAt) {
		this.tokenHash = tokenHash;
		this.createdAt = createdAt;
	}

	Long getUserId() {
		return this.userId;
	}

	Instant getCreatedAt() {
		return this.createdAt;
	}

}
