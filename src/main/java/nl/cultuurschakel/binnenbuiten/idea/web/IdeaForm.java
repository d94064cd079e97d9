package nl.cultuurschakel.binnenbuiten.idea.web;

import java.time.LocalDate;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import nl.cultuurschakel.binnenbuiten.idea.IdeaData;
import nl.cultuurschakel.binnenbuiten.idea.IdeaDetails;
import nl.cultuurschakel.binnenbuiten.shared.Discipline;

/**
 * Create and edit form of an idea; also the quick form on the workshop page, which fills
 * in the workshop, neighbourhood and date itself.
 */
class IdeaForm {

	@NotNull
	@Size(min = 2, max = 200)
	private String title;

	@Size(max = 5000)
	private String description;

	private Long workshopId;

	@NotNull
	private Long neighbourhoodId;

	@NotNull
	private Discipline discipline;

	@NotNull
	@Min(1)
	@Max(200)
	private Integer childrenCount = 1;

	@NotNull
	private LocalDate collectedOn;

	private long version;

	static IdeaForm of(IdeaDetails idea) {
		IdeaData data = idea.data();
		IdeaForm form = new IdeaForm();
		form.title = data.title();
		form.description = data.description();
		form.workshopId = data.workshopId();
		form.neighbourhoodId = data.neighbourhoodId();
		form.discipline = data.discipline();
		form.childrenCount = data.childrenCount();
		form.collectedOn = data.collectedOn();
		form.version = idea.version();
		return form;
	}

	IdeaData toData() {
		return new IdeaData(this.title, this.description, this.workshopId, this.neighbourhoodId, this.discipline,
				this.childrenCount, this.collectedOn);
	}

	public String getTitle() {
		return this.title;
	}

	public void setTitle(String title) {
		this.title = title;
	}

	public String getDescription() {
		return this.description;
	}

	public void setDescription(String description) {
		this.description = description;
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

	public Discipline getDiscipline() {
		return this.discipline;
	}

	public void setDiscipline(Discipline discipline) {
		this.discipline = discipline;
	}

	public Integer getChildrenCount() {
		return this.childrenCount;
	}

	public void setChildrenCount(Integer childrenCount) {
		this.childrenCount = childrenCount;
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
