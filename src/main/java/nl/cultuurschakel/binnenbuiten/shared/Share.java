package nl.cultuurschakel.binnenbuiten.shared;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * Shares as whole percentages, rounded half up (DESIGN.md §5): 46.5% shows as 47%.
 */
public final class Share {

	private Share() {
	}

	/**
	 * The share of {@code part} in {@code total} in whole percent; 0 when the total is 0.
	 */
	public static int percent(long part, long total) {
		if (total == 0) {
			return 0;
		}
		return BigDecimal.valueOf(part * 100)
			.divide(BigDecimal.valueOf(total), 0, RoundingMode.HALF_UP)
			.intValueExact();
	}

}
