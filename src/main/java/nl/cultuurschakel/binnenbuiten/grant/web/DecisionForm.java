package nl.cultuurschakel.binnenbuiten.grant.web;

import java.math.BigDecimal;
import java.time.LocalDate;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import nl.cultuurschakel.binnenbuiten.grant.GrantDecision;
import nl.cultuurschakel.binnenbuiten.grant.GrantStatus;

/**
 * A coordinator's decision (award, reject, pay, settle) or a withdrawal.
 */
class DecisionForm {

	@NotNull
	private GrantStatus status;

	@NotNull
	private LocalDate on;

	@DecimalMin(value = "0.00", inclusive = false)
	@DecimalMax("25000.00")
	@Digits(integer = 5, fraction = 2)
	private BigDecimal amountAwarded;

	@Size(max = 2000)
	private String conditions;

	private LocalDate reportDueOn;

	private LocalDate reportReceivedOn;

	private boolean confirmOverBudget;

	@Size(max = 1000)
	private String note;

	/**
	 * Whether anything only an award (or a settlement) takes was filled in: what only
	 * coordinators may send.
	 */
	boolean hasAwardDetails() {
		return this.amountAwarded != null || this.conditions != null || this.reportDueOn != null
				|| this.reportReceivedOn != null || this.confirmOverBudget;
	}

	GrantDecision toDecision() {
		return new GrantDecision(this.status, this.on, this.amountAwarded, this.conditions, this.reportDueOn,
				this.reportReceivedOn, this.confirmOverBudget, this.note);
	}

	public GrantStatus getStatus() {
		return this.status;
	}

	public void setStatus(GrantStatus status) {
		this.status = status;
	}

	public LocalDate getOn() {
		return this.on;
	}

	public void setOn(LocalDate on) {
		this.on = on;
	}

	public BigDecimal getAmountAwarded() {
		return this.amountAwarded;
	}

	public void setAmountAwarded(BigDecimal amountAwarded) {
		this.amountAwarded = amountAwarded;
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

	public LocalDate getReportReceivedOn() {
		return this.reportReceivedOn;
	}

	public void setReportReceivedOn(LocalDate reportReceivedOn) {
		this.reportReceivedOn = reportReceivedOn;
	}

	public boolean isConfirmOverBudget() {
		return this.confirmOverBudget;
	}

	public void setConfirmOverBudget(boolean confirmOverBudget) {
		this.confirmOverBudget = confirmOverBudget;
	}

	public String getNote() {
		return this.note;
	}

	public void setNote(String note) {
		this.note = note;
	}

}
