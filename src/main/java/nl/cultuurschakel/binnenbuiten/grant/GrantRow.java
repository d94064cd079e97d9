package nl.cultuurschakel.binnenbuiten.grant;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * One row of the grant list and export.
 */
public record GrantRow(Long id, Long ideaId, Long partnerId, GrantStatus status, BigDecimal amountRequested,
		BigDecimal amountAwarded, LocalDate requestedOn, LocalDate decidedOn, LocalDate paidOn, LocalDate settledOn,
		LocalDate reportDueOn, boolean overBudget) {

}
