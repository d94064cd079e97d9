package nl.cultuurschakel.binnenbuiten.idea.web;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import nl.cultuurschakel.binnenbuiten.shared.Discipline;

/**
 * What the children tell in both idea forms, the full one and the quick one on the
 * workshop page: the idea, its discipline and how many children came up with it.
 */
abstract class IdeaFields {

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
