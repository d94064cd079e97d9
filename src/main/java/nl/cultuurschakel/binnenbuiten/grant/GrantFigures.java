package nl.cultuurschakel.binnenbuiten.grant;

import java.math.BigDecimal;

/**
 * Grants awarded (status awarded, paid or settled) with a decision date in a period: how
 * many and the total awarded amount.
 *
 * @param year the calendar year, or null for a whole period
 */
public record GrantFigures(Integer year, long count, BigDecimal total) {

}
