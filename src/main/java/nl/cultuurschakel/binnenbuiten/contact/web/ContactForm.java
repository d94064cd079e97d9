package nl.cultuurschakel.binnenbuiten.contact.web;

import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.UUID;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;

import nl.cultuurschakel.binnenbuiten.contact.ContactData;
import nl.cultuurschakel.binnenbuiten.contact.ContactDetails;
import nl.cultuurschakel.binnenbuiten.contact.ContactKind;
import nl.cultuurschakel.binnenbuiten.shared.web.VersionedForm;

/**
 * The contact-moment form: short, with sensible presets, for logging in a few keystrokes.
 */
class ContactForm extends VersionedForm {

	@NotNull
	@PastOrPresent
	private LocalDate date;

	private Long advisorId;

	@NotNull
	private Long counterpartId;

	private Set<Long> participantIds = new LinkedHashSet<>();

	private Long neighbourhoodId;

	/**
	 * The neighbourhood the form filled in for the partner. When it is still the chosen
	 * one, saving fills in the partner's neighbourhood again (the partner may have
	 * changed meanwhile); any other choice is the advisor's own.
	 */
	private Long neighbourhoodPreset;

	@NotNull
	private ContactKind kind;

	@NotNull
	@Size(min = 2, max = 200)
	private String subject;

	@Size(max = 5000)
	private String notes;

	@Size(max = 500)
	private String followUp;

	private LocalDate followUpDue;

	private boolean followUpDone;

	/** Identifies this form submission, so a double submit logs one contact. */
	private UUID submissionKey;

	static ContactForm of(ContactDetails contact) {
		ContactData data = contact.data();
		ContactForm form = new ContactForm();
		form.date = data.date();
		form.advisorId = data.advisorId();
		form.counterpartId = data.counterpartId();
		form.participantIds = new LinkedHashSet<>(data.participantIds());
		form.neighbourhoodId = data.neighbourhoodId();
		form.kind = data.kind();
		form.subject = data.subject();
		form.notes = data.notes();
		form.followUp = data.followUp();
		form.followUpDue = data.followUpDue();
		form.followUpDone = data.followUpDone();
		form.setVersion(contact.version());
		return form;
	}

	/**
	 * The data to save. A neighbourhood the form only filled in is left to the service,
	 * which fills in the partner's neighbourhood on the contact's day.
	 */
	ContactData toData() {
		return new ContactData(this.date, this.advisorId, this.counterpartId, this.participantIds,
				hasChosenNeighbourhood() ? this.neighbourhoodId : null, this.kind, this.subject, this.notes,
				this.followUp, this.followUpDue, this.followUpDone);
	}

	/**
	 * Whether the advisor chose the neighbourhood, rather than keeping the one the form
	 * filled in for the partner.
	 */
	boolean hasChosenNeighbourhood() {
		return this.neighbourhoodId != null && !this.neighbourhoodId.equals(this.neighbourhoodPreset);
	}

	/**
	 * A due date only makes sense with a follow-up to do.
	 */
	boolean hasDueDateWithoutFollowUp() {
		return this.followUpDue != null && this.followUp == null;
	}

	public LocalDate getDate() {
		return this.date;
	}

	public void setDate(LocalDate date) {
		this.date = date;
	}

	public Long getAdvisorId() {
		return this.advisorId;
	}

	public void setAdvisorId(Long advisorId) {
		this.advisorId = advisorId;
	}

	public Long getCounterpartId() {
		return this.counterpartId;
	}

	public void setCounterpartId(Long counterpartId) {
		this.counterpartId = counterpartId;
	}

	public Set<Long> getParticipantIds() {
		return this.participantIds;
	}

	public void setParticipantIds(Set<Long> participantIds) {
		this.participantIds = (participantIds != null) ? participantIds : new LinkedHashSet<>();
	}

	public Long getNeighbourhoodId() {
		return this.neighbourhoodId;
	}

	public void setNeighbourhoodId(Long neighbourhoodId) {
		this.neighbourhoodId = neighbourhoodId;
	}

	public Long getNeighbourhoodPreset() {
		return this.neighbourhoodPreset;
	}

	public void setNeighbourhoodPreset(Long neighbourhoodPreset) {
		this.neighbourhoodPreset = neighbourhoodPreset;
	}

	public ContactKind getKind() {
		return this.kind;
	}

	public void setKind(ContactKind kind) {
		this.kind = kind;
	}

	public String getSubject() {
		return this.subject;
	}

	public void setSubject(String subject) {
		this.subject = subject;
	}

	public String getNotes() {
		return this.notes;
	}

	public void setNotes(String notes) {
		this.notes = notes;
	}

	public String getFollowUp() {
		return this.followUp;
	}

	public void setFollowUp(String followUp) {
		this.followUp = followUp;
	}

	public LocalDate getFollowUpDue() {
		return this.followUpDue;
	}

	public void setFollowUpDue(LocalDate followUpDue) {
		this.followUpDue = followUpDue;
	}

	public boolean isFollowUpDone() {
		return this.followUpDone;
	}

	public void setFollowUpDone(boolean followUpDone) {
		this.followUpDone = followUpDone;
	}

	public UUID getSubmissionKey() {
		return this.submissionKey;
	}

	public void setSubmissionKey(UUID submissionKey) {
		this.submissionKey = submissionKey;
	}

}
