package nl.cultuurschakel.binnenbuiten.workshop;

import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

@Entity
@Table(name = "workshop")
class Workshop {

	@Id
	@GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "workshop_id_seq")
	@SequenceGenerator(name = "workshop_id_seq", sequenceName = "workshop_id_seq", allocationSize = 50)
	private Long id;

	@Column(name = "held_on", nullable = false)
	private LocalDate heldOn;

	@Column(name = "neighbourhood_id", nullable = false)
	private Long neighbourhoodId;

	@Column(name = "venue_partner_id")
	private Long venuePartnerId;

	@Column(name = "facilitator_partner_id")
	private Long facilitatorPartnerId;

	@Column(name = "children_spoken", nullable = false)
	private int childrenSpoken;

	@Column(name = "age_from", nullable = false)
	private int ageFrom;

	@Column(name = "age_to", nullable = false)
	private int ageTo;

	@Column(name = "group_description", length = 300)
	private String groupDescription;

	@Column(name = "method_notes", length = 5000)
	private String methodNotes;

	@Version
	private long version;

	protected Workshop() {
	}

	Workshop(WorkshopData data) {
		describe(data);
	}

	void describe(WorkshopData data) {
		this.heldOn = data.heldOn();
		this.neighbourhoodId = data.neighbourhoodId();
		this.venuePartnerId = data.venuePartnerId();
		this.facilitatorPartnerId = data.facilitatorPartnerId();
		this.childrenSpoken = data.childrenSpoken();
		this.ageFrom = data.ageFrom();
		this.ageTo = data.ageTo();
		this.groupDescription = data.groupDescription();
		this.methodNotes = data.methodNotes();
	}

	Long getId() {
		return this.id;
	}

	long getVersion() {
		return this.version;
	}

	WorkshopDetails toDetails() {
		return new WorkshopDetails(this.id,
				new WorkshopData(this.heldOn, this.neighbourhoodId, this.venuePartnerId, this.facilitatorPartnerId,
						this.childrenSpoken, this.ageFrom, this.ageTo, this.groupDescription, this.methodNotes),
				this.version);
	}

}
