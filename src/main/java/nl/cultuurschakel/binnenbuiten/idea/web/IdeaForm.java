package nl.cultuurschakel.binnenbuiten.idea.web;

import java.time.LocalDate;

import jakarta.validation.constraints.NotNull;

import nl.cultuurschakel.binnenbuiten.idea.IdeaData;
import nl.cultuurschakel.binnenbuiten.idea.IdeaDetails;

/**
 * Create and edit form of an idea: what the children tell plus the workshop,
 * neighbourhood and day it was collected.
 */
class IdeaForm extends IdeaFields {

	private Long workshopId;

	@NotNull
	private Long neighbourhoodId;

	@NotNull
	private LocalDate collectedOn;

	private long version;

	static IdeaForm of(IdeaDetails idea) {
		IdeaData data = idea.data();
		IdeaForm form = new IdeaForm();
		form.setTitle(data.title());
		form.setDescription(data.description());
		form.workshopId = data.workshopId();
		form.neighbourhoodId = data.neighbourhoodId();
		form.setDiscipline(data.discipline());
		form.setChildrenCount(data.childrenCount());
		form.collectedOn = data.collectedOn();
		form.version = idea.version();
		return form;
	}

	IdeaData toData() {
		return new IdeaData(getTitle(), getDescription(), this.workshopId, this.neighbourhoodId, getDiscipline(),
				getChildrenCount(), this.collectedOn);
	}

	public Long getWorkshopId() {
		return this.workshopId;
	}

	public void setWorkshopId(Long workshopId) {
		this.workshopId = workshopId;
	}

	public Long getNeighbourhoodId() {
		return this.neighbourhoodId;
	}

	public void setNeighbourhoodId(Long neighbourhoodId) {
		this.neighbourhoodId = neighbourhoodId;
	}

	public LocalDate getCollectedOn() {
		return this.collectedOn;
	}

	public void setCollectedOn(LocalDate collectedOn) {
		this.collectedOn = collectedOn;
	}

	public long getVersion() {
		return this.version;
	}

	public void setVersion(long version) {
		this.version = version;
	}

}
