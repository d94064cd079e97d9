package nl.cultuurschakel.binnenbuiten.grant;

import java.math.BigDecimal;

/**
 * Awarding this amount would exceed the remaining budget of the year, and the coordinator
 * did not confirm it explicitly.
 */
public class OverBudgetException extends RuntimeException {

	private final BigDecimal remaining;

	public OverBudgetException(BigDecimal remaining) {
		super("Award exceeds the remaining budget of " + remaining);
		this.remaining = remaining;
	}

	public BigDecimal remaining() {
		return this.remaining;
	}

}
