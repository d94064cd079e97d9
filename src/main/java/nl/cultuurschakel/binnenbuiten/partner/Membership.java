package nl.cultuurschakel.binnenbuiten.partner;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import org.hibernate.annotations.BatchSize;

import nl.cultuurschakel.binnenbuiten.shared.Period;
import nl.cultuurschakel.binnenbuiten.shared.VersionedEntity;
import org.hibernate.envers.Audited;

/**
 * A partner's place in a neighbourhood network for a period, with its roles there.
 */
@Entity
@Audited
@SequenceGenerator(sequenceName = "partner_membership_id_seq", allocationSize = 50)
@Table(name = "partner_membership")
class Membership extends VersionedEntity {

	@Column(name = "partner_id", nullable = false)
	private Long partnerId;

	@Column(name = "neighbourhood_id", nullable = false)
	private Long neighbourhoodId;

	@Column(name = "start_date", nullable = false)
	private LocalDate startDate;

	@Column(name = "end_date")
	private LocalDate endDate;

	@ElementCollection
	@BatchSize(size = 100)
	@CollectionTable(name = "partner_membership_role", joinColumns = @JoinColumn(name = "membership_id"))
	@Enumerated(EnumType.STRING)
	@Column(name = "role", length = 30)
	private Set<MembershipRole> roles = EnumSet.noneOf(MembershipRole.class);

	protected Membership() {
	}

	Membership(Long partnerId, Long neighbourhoodId, MembershipTerms terms) {
		this.partnerId = partnerId;
		this.neighbourhoodId = neighbourhoodId;
		change(terms);
	}

	void change(MembershipTerms terms) {
		this.startDate = terms.period().from();
		this.endDate = terms.period().to();
		this.roles.clear();
		this.roles.addAll(terms.roles());
	}

	Long getPartnerId() {
		return this.partnerId;
	}

	Long getNeighbourhoodId() {
		return this.neighbourhoodId;
	}

	Period period() {
		return new Period(this.startDate, this.endDate);
	}

	MembershipTerms terms() {
		return new MembershipTerms(period(), this.roles);
	}

}
