package nl.cultuurschakel.binnenbuiten.grant.web;

import java.math.BigDecimal;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

/**
 * The budget of a calendar year, set by a coordinator.
 */
class BudgetForm {

	@NotNull
	@Min(2000)
	@Max(2100)
	private Integer year;

	@NotNull
	@DecimalMin("0.00")
	@DecimalMax("9999999999.99")
	@Digits(integer = 10, fraction = 2)
	private BigDecimal amount;

	public Integer getYear() {
		return this.year;
	}

	public void setYear(Integer year) {
		this.year = year;
	}

	public BigDecimal getAmount() {
		return this.amount;
	}

	public void setAmount(BigDecimal amount) {
		this.amount = amount;
	}

}
