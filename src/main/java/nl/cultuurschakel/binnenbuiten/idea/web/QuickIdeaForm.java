package nl.cultuurschakel.binnenbuiten.idea.web;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import nl.cultuurschakel.binnenbuiten.idea.IdeaData;
import nl.cultuurschakel.binnenbuiten.shared.Discipline;
import nl.cultuurschakel.binnenbuiten.workshop.WorkshopDetails;

/**
 * The quick form on the workshop page: the workshop gives the neighbourhood and the date.
 */
class QuickIdeaForm {

	@NotNull
	@Size(min = 2, max = 200)
	private String title;

	@Size(max = 5000)
	private String description;

	@NotNull
	private Discipline discipline;

	@NotNull
	@Min(1)
	@Max(200)
	private Integer childrenCount = 1;

	IdeaData toData(WorkshopDetails workshop) {
		return new IdeaData(this.title, this.description, workshop.id(), workshop.data().neighbourhoodId(),
				this.discipline, this.childrenCount, workshop.data().heldOn());
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

}
