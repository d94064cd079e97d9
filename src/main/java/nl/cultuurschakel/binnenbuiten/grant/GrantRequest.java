package nl.cultuurschakel.binnenbuiten.grant;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * What an advisor records when requesting a grant, and may edit while it is requested.
 */
public record GrantRequest(Long ideaId, Long partnerId, BigDecimal amountRequested, LocalDate requestedOn,
		String conditions, LocalDate reportDueOn) {

}
