package nl.cultuurschakel.binnenbuiten.grant;

import java.math.BigDecimal;

/**
 * How many grants match a filter and their amounts requested and awarded.
 */
public record GrantTotals(long count, BigDecimal requested, BigDecimal awarded) {

}
