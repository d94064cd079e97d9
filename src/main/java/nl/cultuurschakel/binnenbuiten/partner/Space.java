package nl.cultuurschakel.binnenbuiten.partner;

import java.math.BigDecimal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

import nl.cultuurschakel.binnenbuiten.shared.GeoPoint;
import nl.cultuurschakel.binnenbuiten.shared.VersionedEntity;
import org.hibernate.envers.Audited;

/**
 * A room or place a partner can share with the network (building block 4: share spaces).
 */
@Entity
@Audited
@SequenceGenerator(sequenceName = "partner_space_id_seq", allocationSize = 50)
@Table(name = "partner_space")
class Space extends VersionedEntity {

	@Column(name = "partner_id", nullable = false)
	private Long partnerId;

	@Column(nullable = false, length = 120)
	private String name;

	private Integer capacity;

	@Column(name = "accessibility_notes", length = 1000)
	private String accessibilityNotes;

	@Column(name = "parallel_use", nullable = false)
	private boolean parallelUse;

	@Column(precision = 9, scale = 6)
	private BigDecimal latitude;

	@Column(precision = 9, scale = 6)
	private BigDecimal longitude;

	protected Space() {
	}

	Space(Long partnerId, SpaceData data) {
		this.partnerId = partnerId;
		describe(data);
	}

	void describe(SpaceData data) {
		this.name = data.name();
		this.capacity = data.capacity();
		this.accessibilityNotes = data.accessibilityNotes();
		this.parallelUse = data.parallelUse();
		GeoPoint position = data.position();
		this.latitude = (position != null) ? position.latitude() : null;
		this.longitude = (position != null) ? position.longitude() : null;
	}

	Long getPartnerId() {
		return this.partnerId;
	}

	MapMember.Place toPlace() {
		return new MapMember.Place(getId(), this.name, this.capacity,
				GeoPoint.ofNullable(this.latitude, this.longitude));
	}

	SpaceView toView() {
		return new SpaceView(getId(), this.partnerId, this.name, this.capacity, this.accessibilityNotes,
				this.parallelUse, GeoPoint.ofNullable(this.latitude, this.longitude), getVersion());
	}

}
