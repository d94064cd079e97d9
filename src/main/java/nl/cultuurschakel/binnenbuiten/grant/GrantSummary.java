package nl.cultuurschakel.binnenbuiten.grant;

import java.math.BigDecimal;

/**
 * A grant as a partner user of its recipient organisation sees it: which idea, the status
 * and the amounts. Conditions, the over-budget flag and the dates of the grant's internal
 * milestones (request, decision, payment, settlement, accountability) stay with staff and
 * are never read for it.
 */
public record GrantSummary(Long id, Long ideaId, Long partnerId, GrantStatus status, BigDecimal amountRequested,
		BigDecimal amountAwarded) {

}
