package nl.cultuurschakel.binnenbuiten.network.scan;

import java.util.Objects;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

/**
 * What the advisor answered for one item: its status and the evidence for it.
 */
@Embeddable
class ItemAnswer {

	/** The longest evidence note. */
	static final int NOTE_LENGTH = 1000;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, length = 20)
	private ItemStatus status;

	@Column(length = NOTE_LENGTH)
	private String note;

	protected ItemAnswer() {
	}

	ItemAnswer(ItemStatus status, String note) {
		this.status = status;
		this.note = note;
	}

	public ItemStatus status() {
		return this.status;
	}

	public String note() {
		return this.note;
	}

	boolean sameAs(ItemAnswer other) {
		return other != null && this.status == other.status && Objects.equals(this.note, other.note);
	}

}
