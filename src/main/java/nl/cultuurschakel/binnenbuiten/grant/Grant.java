package nl.cultuurschakel.binnenbuiten.grant;

import java.math.BigDecimal;
import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

import nl.cultuurschakel.binnenbuiten.shared.VersionedEntity;
import org.hibernate.envers.Audited;

@Entity
@Audited
@SequenceGenerator(sequenceName = "grant_contribution_id_seq", allocationSize = 50)
@Table(name = "grant_contribution")
class Grant extends VersionedEntity {

	static final BigDecimal MAXIMUM = new BigDecimal("25000.00");

	@Column(name = "idea_id", nullable = false)
	private Long ideaId;

	@Column(name = "partner_id", nullable = false)
	private Long partnerId;

	@Column(name = "amount_requested", nullable = false, precision = 12, scale = 2)
	private BigDecimal amountRequested;

	@Column(name = "amount_awarded", precision = 12, scale = 2)
	private BigDecimal amountAwarded;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, length = 20)
	private GrantStatus status = GrantStatus.REQUESTED;

	@Column(name = "requested_on", nullable = false)
	private LocalDate requestedOn;

	@Column(name = "decided_on")
	private LocalDate decidedOn;

	@Column(name = "paid_on")
	private LocalDate paidOn;

	@Column(name = "settled_on")
	private LocalDate settledOn;

	@Column(length = 2000)
	private String conditions;

	@Column(name = "report_due_on")
	private LocalDate reportDueOn;

	@Column(name = "report_received_on")
	private LocalDate reportReceivedOn;

	@Column(name = "over_budget", nullable = false)
	private boolean overBudget;

	protected Grant() {
	}

	Grant(GrantRequest request) {
		this.ideaId = request.ideaId();
		describe(request);
	}

	static boolean isValidAmount(BigDecimal amount) {
		return amount != null && amount.signum() > 0 && amount.compareTo(MAXIMUM) <= 0 && amount.scale() <= 2;
	}

	/**
	 * Changes the request; only while it is undecided.
	 */
	void describe(GrantRequest request) {
		if (this.status != GrantStatus.REQUESTED) {
			throw new GrantTransitionException("grant.transition.decided", this.status, this.status);
		}
		if (!isValidAmount(request.amountRequested())) {
			throw new IllegalArgumentException("Amount out of range: " + request.amountRequested());
		}
		this.partnerId = request.partnerId();
		this.amountRequested = request.amountRequested();
		this.requestedOn = request.requestedOn();
		this.conditions = request.conditions();
		this.reportDueOn = request.reportDueOn();
	}

	/**
	 * Moves the grant along its path.
	 * @param overBudget whether the award exceeds the remaining budget (confirmed)
	 * @return the status before
	 * @throws GrantTransitionException when the path does not allow it or data is missing
	 */
	GrantStatus decide(GrantDecision decision, boolean overBudget) {
		GrantStatus before = this.status;
		GrantStatus target = decision.status();
		if (target == null || !before.canMoveTo(target)) {
			throw new GrantTransitionException("grant.transition.notAllowed", before, target);
		}
		if (decision.on() == null) {
			throw new GrantTransitionException("grant.transition.dateRequired", before, target);
		}
		switch (target) {
			case AWARDED -> {
				if (!isValidAmount(decision.amountAwarded())) {
					throw new GrantTransitionException("grant.transition.amountRequired", before, target);
				}
				this.amountAwarded = decision.amountAwarded();
				this.decidedOn = decision.on();
				this.overBudget = overBudget;
				if (decision.conditions() != null) {
					this.conditions = decision.conditions();
				}
				if (decision.reportDueOn() != null) {
					this.reportDueOn = decision.reportDueOn();
				}
			}
			case REJECTED -> this.decidedOn = decision.on();
			case PAID -> this.paidOn = decision.on();
			case SETTLED -> {
				if (decision.reportReceivedOn() == null) {
					throw new GrantTransitionException("grant.transition.reportRequired", before, target);
				}
				this.reportReceivedOn = decision.reportReceivedOn();
				this.settledOn = decision.on();
			}
			default -> {
				// withdrawn: only the history records the day
			}
		}
		this.status = target;
		return before;
	}

	GrantStatus getStatus() {
		return this.status;
	}

	Long getPartnerId() {
		return this.partnerId;
	}

	GrantDetails toDetails() {
		return new GrantDetails(getId(), this.ideaId, this.partnerId, this.amountRequested, this.amountAwarded,
				this.status, this.requestedOn, this.decidedOn, this.paidOn, this.settledOn, this.conditions,
				this.reportDueOn, this.reportReceivedOn, this.overBudget, getVersion());
	}

}
