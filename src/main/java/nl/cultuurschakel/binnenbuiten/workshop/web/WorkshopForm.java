package nl.cultuurschakel.binnenbuiten.workshop.web;

import java.time.LocalDate;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import nl.cultuurschakel.binnenbuiten.workshop.WorkshopData;
import nl.cultuurschakel.binnenbuiten.workshop.WorkshopDetails;
import nl.cultuurschakel.binnenbuiten.shared.web.VersionedForm;

/**
 * Create and edit form of a workshop.
 */
class WorkshopForm extends VersionedForm {

	@NotNull
	private LocalDate heldOn;

	@NotNull
	private Long neighbourhoodId;

	private Long venuePartnerId;

	private Long facilitatorPartnerId;

	@NotNull
	@Min(1)
	@Max(200)
	private Integer childrenSpoken;

	@NotNull
	@Min(4)
	@Max(18)
	private Integer ageFrom = 8;

	@NotNull
	@Min(4)
	@Max(18)
	private Integer ageTo = 12;

	@Size(max = 300)
	private String groupDescription;

	@Size(max = 5000)
	private String methodNotes;

	static WorkshopForm of(WorkshopDetails workshop) {
		WorkshopData data = workshop.data();
		WorkshopForm form = new WorkshopForm();
		form.heldOn = data.heldOn();
		form.neighbourhoodId = data.neighbourhoodId();
		form.venuePartnerId = data.venuePartnerId();
		form.facilitatorPartnerId = data.facilitatorPartnerId();
		form.childrenSpoken = data.childrenSpoken();
		form.ageFrom = data.ageFrom();
		form.ageTo = data.ageTo();
		form.groupDescription = data.groupDescription();
		form.methodNotes = data.methodNotes();
		form.setVersion(workshop.version());
		return form;
	}

	WorkshopData toData() {
		return new WorkshopData(this.heldOn, this.neighbourhoodId, this.venuePartnerId, this.facilitatorPartnerId,
				this.childrenSpoken, this.ageFrom, this.ageTo, this.groupDescription, this.methodNotes);
	}

	boolean hasInvertedAges() {
		return this.ageFrom != null && this.ageTo != null && this.ageTo < this.ageFrom;
	}

	public LocalDate getHeldOn() {
		return this.heldOn;
	}

	public void setHeldOn(LocalDate heldOn) {
		this.heldOn = heldOn;
	}

	public Long getNeighbourhoodId() {
		return this.neighbourhoodId;
	}

	public void setNeighbourhoodId(Long neighbourhoodId) {
		this.neighbourhoodId = neighbourhoodId;
	}

	public Long getVenuePartnerId() {
		return this.venuePartnerId;
	}

	public void setVenuePartnerId(Long venuePartnerId) {
		this.venuePartnerId = venuePartnerId;
	}

	public Long getFacilitatorPartnerId() {
		return this.facilitatorPartnerId;
	}

	public void setFacilitatorPartnerId(Long facilitatorPartnerId) {
		this.facilitatorPartnerId = facilitatorPartnerId;
	}

	public Integer getChildrenSpoken() {
		return this.childrenSpoken;
	}

	public void setChildrenSpoken(Integer childrenSpoken) {
		this.childrenSpoken = childrenSpoken;
	}

	public Integer getAgeFrom() {
		return this.ageFrom;
	}

	public void setAgeFrom(Integer ageFrom) {
		this.ageFrom = ageFrom;
	}

	public Integer getAgeTo() {
		return this.ageTo;
	}

	public void setAgeTo(Integer ageTo) {
		this.ageTo = ageTo;
	}

	public String getGroupDescription() {
		return this.groupDescription;
	}

	public void setGroupDescription(String groupDescription) {
		this.groupDescription = groupDescription;
	}

	public String getMethodNotes() {
		return this.methodNotes;
	}

	public void setMethodNotes(String methodNotes) {
		this.methodNotes = methodNotes;
	}

}
