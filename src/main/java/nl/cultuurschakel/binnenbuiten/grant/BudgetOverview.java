package nl.cultuurschakel.binnenbuiten.grant;

import java.math.BigDecimal;

/**
 * A year's grant budget and how it is used, attributed to the year of the award decision.
 *
 * @param budget the budget set for the year, null when none is set
 * @param awarded awarded, paid or settled amounts
 * @param paid paid or settled amounts
 * @param committed awarded but not yet paid ({@code awarded - paid})
 * @param remaining {@code budget - awarded} (negative when overspent; budget 0 when none
 * is set)
 */
public record BudgetOverview(int year, BigDecimal budget, BigDecimal awarded, BigDecimal paid, BigDecimal committed,
		BigDecimal remaining, long budgetVersion) {

}
