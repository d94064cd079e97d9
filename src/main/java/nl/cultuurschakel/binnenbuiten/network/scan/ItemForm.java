package nl.cultuurschakel.binnenbuiten.network.scan;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * One item of the scan form: its status and evidence note.
 */
class ItemForm {

	@NotNull
	private ItemStatus status = ItemStatus.NOT_YET;

	@Size(max = ItemAnswer.NOTE_LENGTH)
	private String note;

	public ItemStatus getStatus() {
		return this.status;
	}

	public void setStatus(ItemStatus status) {
		this.status = status;
	}

	public String getNote() {
		return this.note;
	}

	public void setNote(String note) {
		this.note = note;
	}

	ItemAnswer toAnswer() {
		return new ItemAnswer(this.status, (this.note == null || this.note.isBlank()) ? null : this.note.strip());
	}

}
