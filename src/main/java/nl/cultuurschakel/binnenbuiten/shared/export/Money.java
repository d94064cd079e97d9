package nl.cultuurschakel.binnenbuiten.shared.export;

import java.math.BigDecimal;

/**
 * An amount in euros in an export: a number with two decimals in CSV, a number in the
 * euro format in XLSX.
 *
 * @param euros the amount; {@code null} leaves the cell empty
 */
public record Money(BigDecimal euros) {

	public static Money of(BigDecimal euros) {
		return new Money(euros);
	}

}
