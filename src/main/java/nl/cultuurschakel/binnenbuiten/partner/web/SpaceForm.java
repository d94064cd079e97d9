package nl.cultuurschakel.binnenbuiten.partner.web;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;

import nl.cultuurschakel.binnenbuiten.partner.SpaceData;
import nl.cultuurschakel.binnenbuiten.partner.SpaceView;
import nl.cultuurschakel.binnenbuiten.shared.web.PositionForm;

/**
 * A space a partner shares: its name, how many people fit, how accessible it is, and
 * where it is when not at the partner's own position.
 */
class SpaceForm extends PositionForm {

	@NotNull
	@Size(min = 2, max = 120)
	private String name;

	@Positive
	@Max(10_000)
	private Integer capacity;

	@Size(max = 1000)
	private String accessibilityNotes;

	private boolean parallelUse;

	static SpaceForm of(SpaceView space) {
		SpaceForm form = new SpaceForm();
		form.name = space.name();
		form.capacity = space.capacity();
		form.accessibilityNotes = space.accessibilityNotes();
		form.parallelUse = space.parallelUse();
		form.fillPosition(space.position());
		form.setVersion(space.version());
		return form;
	}

	SpaceData toData() {
		return new SpaceData(this.name, this.capacity, this.accessibilityNotes, this.parallelUse, position());
	}

	public String getName() {
		return this.name;
	}

	public void setName(String name) {
		this.name = name;
	}

	public Integer getCapacity() {
		return this.capacity;
	}

	public void setCapacity(Integer capacity) {
		this.capacity = capacity;
	}

	public String getAccessibilityNotes() {
		return this.accessibilityNotes;
	}

	public void setAccessibilityNotes(String accessibilityNotes) {
		this.accessibilityNotes = accessibilityNotes;
	}

	public boolean isParallelUse() {
		return this.parallelUse;
	}

	public void setParallelUse(boolean parallelUse) {
		this.parallelUse = parallelUse;
	}

}
