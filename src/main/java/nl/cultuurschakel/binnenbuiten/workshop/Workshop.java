package nl.cultuurschakel.binnenbuiten.workshop;

import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

import nl.cultuurschakel.binnenbuiten.shared.VersionedEntity;
import org.hibernate.envers.Audited;
import org.hibernate.envers.NotAudited;

@Entity
@Audited
@SequenceGenerator(sequenceName = "workshop_id_seq", allocationSize = 50)
@Table(name = "workshop")
class Workshop extends VersionedEntity {

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

	/**
	 * The token of its public link, {@code null} when it has none. Only
	 * {@link WorkshopRepository#replacePublicToken} writes it, so that opening or
	 * revoking the link does not count as an edit of the workshop.
	 */
	@NotAudited
	@Column(name = "public_token", length = 32, insertable = false, updatable = false)
	private String publicToken;

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

	String getPublicToken() {
		return this.publicToken;
	}

	WorkshopDetails toDetails() {
		return new WorkshopDetails(getId(),
				new WorkshopData(this.heldOn, this.neighbourhoodId, this.venuePartnerId, this.facilitatorPartnerId,
						this.childrenSpoken, this.ageFrom, this.ageTo, this.groupDescription, this.methodNotes),
				getVersion());
	}

}
