package nl.cultuurschakel.binnenbuiten.grant;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * A move along the grant's path.
 *
 * @param status the new status
 * @param on the day of the decision, payment, settlement or withdrawal
 * @param amountAwarded required when awarding
 * @param conditions optional conditions set when awarding
 * @param reportDueOn optional accountability due date set when awarding
 * @param reportReceivedOn required when settling
 * @param confirmOverBudget the coordinator's explicit confirmation to award beyond the
 * remaining budget
 * @param note optional note for the history
 */
public record GrantDecision(GrantStatus status, LocalDate on, BigDecimal amountAwarded, String conditions,
		LocalDate reportDueOn, LocalDate reportReceivedOn, boolean confirmOverBudget, String note) {

}
