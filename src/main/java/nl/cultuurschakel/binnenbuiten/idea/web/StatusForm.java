package nl.cultuurschakel.binnenbuiten.idea.web;

import java.time.LocalDate;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;

import nl.cultuurschakel.binnenbuiten.idea.IdeaStatus;

/**
 * Moves an idea to its next status as of a date, with a note (the reason when parking).
 */
class StatusForm {

	@NotNull
	private IdeaStatus status;

	@NotNull
	@PastOrPresent
	private LocalDate changedOn;

	@Size(max = 1000)
	private String note;

	public IdeaStatus getStatus() {
		return this.status;
	}

	public void setStatus(IdeaStatus status) {
		this.status = status;
	}

	public LocalDate getChangedOn() {
		return this.changedOn;
	}

	public void setChangedOn(LocalDate changedOn) {
		this.changedOn = changedOn;
	}

	public String getNote() {
		return this.note;
	}

	public void setNote(String note) {
		this.note = note;
	}

}
