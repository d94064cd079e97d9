package nl.cultuurschakel.binnenbuiten.grant;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * One grant as its pages show it.
 */
public record GrantDetails(Long id, Long ideaId, Long partnerId, BigDecimal amountRequested, BigDecimal amountAwarded,
		GrantStatus status, LocalDate requestedOn, LocalDate decidedOn, LocalDate paidOn, LocalDate settledOn,
		String conditions, LocalDate reportDueOn, LocalDate reportReceivedOn, boolean overBudget, long version) {

	public GrantRequest request() {
		return new GrantRequest(this.ideaId, this.partnerId, this.amountRequested, this.requestedOn, this.conditions,
				this.reportDueOn);
	}

}
