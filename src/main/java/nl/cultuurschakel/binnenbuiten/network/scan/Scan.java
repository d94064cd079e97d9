package nl.cultuurschakel.binnenbuiten.network.scan;

import java.time.Instant;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.MapKeyEnumerated;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

import nl.cultuurschakel.binnenbuiten.shared.VersionedEntity;
import org.hibernate.envers.Audited;

/**
 * The building-blocks scan of one neighbourhood in one year: an answer per item, who last
 * changed it, and the coordinator's sign-off. A change to a signed-off scan reopens it:
 * the sign-off vouches for the answers as they were, so after a correction a coordinator
 * signs off again.
 */
@Entity
@Audited
@SequenceGenerator(sequenceName = "network_scan_id_seq", allocationSize = 50)
@Table(name = "network_scan")
class Scan extends VersionedEntity {

	@Column(name = "neighbourhood_id", nullable = false)
	private Long neighbourhoodId;

	@Column(name = "scan_year", nullable = false)
	private int year;

	@ElementCollection
	@CollectionTable(name = "network_scan_item", joinColumns = @JoinColumn(name = "scan_id"))
	@MapKeyColumn(name = "item", length = 40)
	@MapKeyEnumerated(EnumType.STRING)
	private Map<ScanItem, ItemAnswer> answers = new HashMap<>();

	@Column(name = "updated_by")
	private Long updatedBy;

	@Column(name = "updated_at")
	private Instant updatedAt;

	@Column(name = "signed_off_by")
	private Long signedOffBy;

	@Column(name = "signed_off_at")
	private Instant signedOffAt;

	protected Scan() {
	}

	Scan(Long neighbourhoodId, int year) {
		this.neighbourhoodId = neighbourhoodId;
		this.year = year;
	}

	/**
	 * Stores the answers; when one differs from what was signed off, the sign-off is
	 * withdrawn.
	 * @return whether a sign-off was withdrawn
	 */
	boolean answer(Map<ScanItem, ItemAnswer> given, Long userId, Instant at) {
		boolean changed = getId() == null || given.entrySet()
			.stream()
			.anyMatch((entry) -> !entry.getValue().sameAs(this.answers.get(entry.getKey())));
		if (!changed) {
			return false;
		}
		given.forEach((item, answer) -> {
			if (!answer.sameAs(this.answers.get(item))) {
				this.answers.put(item, answer);
			}
		});
		this.updatedBy = userId;
		this.updatedAt = at;
		boolean reopened = isSignedOff();
		this.signedOffBy = null;
		this.signedOffAt = null;
		return reopened;
	}

	void signOff(Long userId, Instant at) {
		this.signedOffBy = userId;
		this.signedOffAt = at;
	}

	boolean isSignedOff() {
		return this.signedOffAt != null;
	}

	Long getNeighbourhoodId() {
		return this.neighbourhoodId;
	}

	int getYear() {
		return this.year;
	}

	Map<ScanItem, ItemAnswer> getAnswers() {
		Map<ScanItem, ItemAnswer> copy = new EnumMap<>(ScanItem.class);
		copy.putAll(this.answers);
		return copy;
	}

	Long getUpdatedBy() {
		return this.updatedBy;
	}

	Instant getUpdatedAt() {
		return this.updatedAt;
	}

	Long getSignedOffBy() {
		return this.signedOffBy;
	}

	Instant getSignedOffAt() {
		return this.signedOffAt;
	}

}
