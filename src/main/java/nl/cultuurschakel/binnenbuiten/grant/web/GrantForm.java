package nl.cultuurschakel.binnenbuiten.grant.web;

import java.math.BigDecimal;
import java.time.LocalDate;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import nl.cultuurschakel.binnenbuiten.grant.GrantDetails;
import nl.cultuurschakel.binnenbuiten.grant.GrantRequest;
import nl.cultuurschakel.binnenbuiten.shared.web.VersionedForm;

/**
 * Request form of a grant (create, and edit while undecided).
 */
class GrantForm extends VersionedForm {

	/** Required when requesting; fixed once requested. */
	private Long ideaId;

	@NotNull
	private Long partnerId;

	@NotNull
	@DecimalMin(value = "0.00", inclusive = false)
	@DecimalMax("25000.00")
	@Digits(integer = 5, fraction = 2)
	private BigDecimal amountRequested;

	@NotNull
	private LocalDate requestedOn;

	@Size(max = 2000)
	private String conditions;

	private LocalDate reportDueOn;

	static GrantForm of(GrantDetails grant) {
		GrantForm form = new GrantForm();
		form.ideaId = grant.ideaId();
		form.partnerId = grant.partnerId();
		form.amountRequested = grant.amountRequested();
		form.requestedOn = grant.requestedOn();
		form.conditions = grant.conditions();
		form.reportDueOn = grant.reportDueOn();
		form.setVersion(grant.version());
		return form;
	}

	GrantRequest toRequest() {
		return new GrantRequest(this.ideaId, this.partnerId, this.amountRequested, this.requestedOn, this.conditions,
				this.reportDueOn);
	}

	public Long getIdeaId() {
		return this.ideaId;
	}

	public void setIdeaId(Long ideaId) {
		this.ideaId = ideaId;
	}

	public Long getPartnerId() {
		return this.partnerId;
	}

	public void setPartnerId(Long partnerId) {
		this.partnerId = partnerId;
	}

	public BigDecimal getAmountRequested() {
		return this.amountRequested;
	}

	public void setAmountRequested(BigDecimal amountRequested) {
		this.amountRequested = amountRequested;
	}

	public LocalDate getRequestedOn() {
		return this.requestedOn;
	}

	public void setRequestedOn(LocalDate requestedOn) {
		this.requestedOn = requestedOn;
	}

	public String getConditions() {
		return this.conditions;
	}

	public void setConditions(String conditions) {
		this.conditions = conditions;
	}

	public LocalDate getReportDueOn() {
		return this.reportDueOn;
	}

	public void setReportDueOn(LocalDate reportDueOn) {
		this.reportDueOn = reportDueOn;
	}

}
