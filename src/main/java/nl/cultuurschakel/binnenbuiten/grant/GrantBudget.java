package nl.cultuurschakel.binnenbuiten.grant;

import java.math.BigDecimal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

import nl.cultuurschakel.binnenbuiten.shared.VersionedEntity;
import org.hibernate.envers.Audited;

/**
 * The grant budget of one calendar year.
 */
@Entity
@Audited
@SequenceGenerator(sequenceName = "grant_budget_id_seq", allocationSize = 50)
@Table(name = "grant_budget")
class GrantBudget extends VersionedEntity {

	@Column(name = "budget_year", nullable = false)
	private int year;

	@Column(nullable = false, precision = 12, scale = 2)
	private BigDecimal amount;

	protected GrantBudget() {
	}

	GrantBudget(int year, BigDecimal amount) {
		this.year = year;
		this.amount = amount;
	}

	void setAmount(BigDecimal amount) {
		this.amount = amount;
	}

}
