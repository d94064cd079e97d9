package nl.cultuurschakel.binnenbuiten.dashboard;

import java.math.BigDecimal;

/**
 * One figure for a period, with the same figure for the previous period of equal length.
 *
 * @param value the value: a count, a whole percent, or euros
 * @param previous the value in the previous period
 */
public record Figure(FigureKey key, BigDecimal value, BigDecimal previous) {

	public static Figure of(FigureKey key, long value, long previous) {
		return new Figure(key, BigDecimal.valueOf(value), BigDecimal.valueOf(previous));
	}

	/**
	 * The value as {@code data-value} carries it: a plain number (whole percent for
	 * shares, two decimals for euros).
	 */
	public String dataValue() {
		return this.value.toPlainString();
	}

	/** The change since the previous period. */
	public BigDecimal change() {
		return this.value.subtract(this.previous);
	}

	/** -1, 0 or 1: down, the same, up. */
	public int trend() {
		return this.change().signum();
	}

	public String name() {
		return this.key.key();
	}

}
