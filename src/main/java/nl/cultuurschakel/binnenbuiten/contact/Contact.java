package nl.cultuurschakel.binnenbuiten.contact;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;
import java.util.UUID;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import org.hibernate.annotations.BatchSize;

import nl.cultuurschakel.binnenbuiten.partner.PartnerDomain;
import nl.cultuurschakel.binnenbuiten.shared.VersionedEntity;
import org.hibernate.envers.Audited;
import org.hibernate.envers.NotAudited;

/**
 * A logged contact moment between an advisor and one counterpart partner.
 */
@Entity
@Audited
@SequenceGenerator(sequenceName = "contact_id_seq", allocationSize = 50)
@Table(name = "contact")
class Contact extends VersionedEntity {

	@Column(name = "contact_date", nullable = false)
	private LocalDate date;

	@Column(name = "advisor_id", nullable = false)
	private Long advisorId;

	@Column(name = "counterpart_id", nullable = false)
	private Long counterpartId;

	/**
	 * The counterpart's domain when the contact was logged. The yearly figures split
	 * contacts by this domain; copying it means that a partner who later changes domain
	 * (a community centre that becomes an arts venue, say) does not rewrite the figures
	 * of years already reported.
	 */
	@Enumerated(EnumType.STRING)
	@Column(name = "counterpart_domain", nullable = false, length = 20)
	private PartnerDomain counterpartDomain;

	@Column(name = "neighbourhood_id")
	private Long neighbourhoodId;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, length = 20)
	private ContactKind kind;

	@Column(nullable = false, length = 200)
	private String subject;

	/**
	 * Staff-only, and erased after the retention period: never copied into the audit
	 * trail, which admins read too. A change of only the notes still shows there as a
	 * change of the contact moment (its version is audited).
	 */
	@NotAudited
	@Column(length = 5000)
	private String notes;

	@Column(name = "follow_up", length = 500)
	private String followUp;

	@Column(name = "follow_up_due")
	private LocalDate followUpDue;

	@Column(name = "follow_up_done", nullable = false)
	private boolean followUpDone;

	@Column(name = "submission_key", updatable = false)
	private UUID submissionKey;

	@ElementCollection
	@BatchSize(size = 100)
	@CollectionTable(name = "contact_participant", joinColumns = @JoinColumn(name = "contact_id"))
	@Column(name = "partner_id")
	private Set<Long> participantIds = new HashSet<>();

	protected Contact() {
	}

	Contact(ContactData data, PartnerDomain counterpartDomain, UUID submissionKey) {
		this.submissionKey = submissionKey;
		describe(data, counterpartDomain);
	}

	/**
	 * Applies the entered data. The domain snapshot is only renewed when the counterpart
	 * itself changes.
	 */
	void describe(ContactData data, PartnerDomain counterpartDomain) {
		this.date = data.date();
		this.advisorId = data.advisorId();
		this.counterpartId = data.counterpartId();
		this.counterpartDomain = counterpartDomain;
		this.neighbourhoodId = data.neighbourhoodId();
		this.kind = data.kind();
		this.subject = data.subject();
		this.notes = data.notes();
		this.followUp = data.followUp();
		this.followUpDue = (data.followUp() != null) ? data.followUpDue() : null;
		this.followUpDone = data.followUp() != null && data.followUpDone();
		this.participantIds.clear();
		this.participantIds.addAll(data.participantIds());
		this.participantIds.remove(data.counterpartId());
	}

	void markFollowUpDone() {
		if (this.followUp != null) {
			this.followUpDone = true;
		}
	}

	/**
	 * Opens a follow-up that was marked done again (undoing a tick-off).
	 */
	void reopenFollowUp() {
		this.followUpDone = false;
	}

	boolean isFollowUpOpen() {
		return this.followUp != null && !this.followUpDone;
	}

	boolean isFollowUpDone() {
		return this.followUpDone;
	}

	Long getAdvisorId() {
		return this.advisorId;
	}

	Long getCounterpartId() {
		return this.counterpartId;
	}

	PartnerDomain getCounterpartDomain() {
		return this.counterpartDomain;
	}

	ContactDetails toDetails() {
		return new ContactDetails(getId(),
				new ContactData(this.date, this.advisorId, this.counterpartId, Set.copyOf(this.participantIds),
						this.neighbourhoodId, this.kind, this.subject, this.notes, this.followUp, this.followUpDue,
						this.followUpDone),
				this.counterpartDomain, getVersion());
	}

}
