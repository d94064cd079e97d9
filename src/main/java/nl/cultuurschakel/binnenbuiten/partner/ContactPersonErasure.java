package nl.cultuurschakel.binnenbuiten.partner;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import nl.cultuurschakel.binnenbuiten.shared.DenHaag;

/**
 * The record that a contact person's data was erased: which fields, when and by whom.
 * Written once, never changed.
 */
@Entity
@Table(name = "partner_contact_erasure")
class ContactPersonErasure {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "partner_id", nullable = false)
	private Long partnerId;

	@Column(nullable = false, length = 200)
	private String properties;

	@Column(name = "erased_at", nullable = false)
	private Instant erasedAt;

	@Column(name = "erased_by")
	private Long erasedBy;

	@Column(name = "erased_by_name", nullable = false, length = 120)
	private String erasedByName;

	protected ContactPersonErasure() {
	}

	ContactPersonErasure(Long partnerId, String properties, Instant erasedAt, Long erasedBy, String erasedByName) {
		this.partnerId = partnerId;
		this.properties = properties;
		this.erasedAt = erasedAt;
		this.erasedBy = erasedBy;
		this.erasedByName = erasedByName;
	}

	ErasureView toView() {
		return new ErasureView(LocalDate.ofInstant(this.erasedAt, DenHaag.ZONE), this.erasedByName);
	}

}
