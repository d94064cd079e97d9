package nl.cultuurschakel.binnenbuiten.grant;

import java.math.BigDecimal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * The grant budget of one calendar year.
 */
@Entity
@Table(name = "grant_budget")
class GrantBudget {

	@Id
	@GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "grant_budget_id_seq")
	@SequenceGenerator(name = "grant_budget_id_seq", sequenceName = "grant_budget_id_seq", allocationSize = 50)
	private Long id;

	@Column(name = "budget_year", nullable = false)
	private int year;

	@Column(nullable = false, precision = 12, scale = 2)
	private BigDecimal amount;

	@Version
	private long version;

	protected GrantBudget() {
	}

	GrantBudget(int year, BigDecimal amount) {
		this.year = year;
		this.amount = amount;
	}

	void setAmount(BigDecimal amount) {
		this.amount = amount;
	}

	long getVersion() {
		return this.version;
	}

}
