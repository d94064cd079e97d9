package nl.cultuurschakel.binnenbuiten.partner;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * A room or place a partner can share with the network (building block 4: share spaces).
 */
@Entity
@Table(name = "partner_space")
class Space {

	@Id
	@GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "partner_space_id_seq")
	@SequenceGenerator(name = "partner_space_id_seq", sequenceName = "partner_space_id_seq", allocationSize = 50)
	private Long id;

	@Column(name = "partner_id", nullable = false)
	private Long partnerId;

	@Column(nullable = false, length = 120)
	private String name;

	private Integer capacity;

	@Column(name = "accessibility_notes", length = 1000)
	private String accessibilityNotes;

	@Column(name = "parallel_use", nullable = false)
	private boolean parallelUse;

	@Version
	private long version;

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
	}

	Long getId() {
		return this.id;
	}

	Long getPartnerId() {
		return this.partnerId;
	}

	long getVersion() {
		return this.version;
	}

	SpaceView toView() {
		return new SpaceView(this.id, this.partnerId, this.name, this.capacity, this.accessibilityNotes,
				this.parallelUse, this.version);
	}

}
