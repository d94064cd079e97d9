package nl.cultuurschakel.binnenbuiten.shared.export;

import java.math.BigDecimal;

/**
 * A share in an export, given in whole percent as the figures carry it (47 for 47%): a
 * number in the percent format in XLSX ({@code 0.47} shown as 47%), {@code 47%} in CSV.
 *
 * @param whole the percentage; {@code null} leaves the cell empty
 */
public record Percent(BigDecimal whole) {

	public static Percent of(BigDecimal whole) {
		return new Percent(whole);
	}

	BigDecimal fraction() {
		return this.whole.movePointLeft(2);
	}

}
