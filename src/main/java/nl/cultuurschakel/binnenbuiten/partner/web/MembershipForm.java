package nl.cultuurschakel.binnenbuiten.partner.web;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;

import jakarta.validation.constraints.NotNull;

import nl.cultuurschakel.binnenbuiten.partner.MembershipRole;
import nl.cultuurschakel.binnenbuiten.partner.MembershipTerms;
import nl.cultuurschakel.binnenbuiten.partner.MembershipView;
import nl.cultuurschakel.binnenbuiten.shared.EnumSets;
import nl.cultuurschakel.binnenbuiten.shared.Period;
import nl.cultuurschakel.binnenbuiten.shared.web.VersionedForm;

/**
 * A membership of a partner in a neighbourhood network. One side is fixed by the page the
 * form was opened from; the other is chosen.
 */
class MembershipForm extends VersionedForm {

	private Long partnerId;

	private Long neighbourhoodId;

	@NotNull
	private LocalDate startDate;

	private LocalDate endDate;

	private Set<MembershipRole> roles = EnumSet.noneOf(MembershipRole.class);

	static MembershipForm of(MembershipView membership) {
		MembershipForm form = new MembershipForm();
		form.partnerId = membership.partnerId();
		form.neighbourhoodId = membership.neighbourhoodId();
		form.startDate = membership.startDate();
		form.endDate = membership.endDate();
		form.roles = EnumSets.copyOf(MembershipRole.class, membership.roles());
		form.setVersion(membership.version());
		return form;
	}

	boolean endsBeforeItStarts() {
		return this.startDate != null && this.endDate != null && this.endDate.isBefore(this.startDate);
	}

	MembershipTerms toTerms() {
		return new MembershipTerms(new Period(this.startDate, this.endDate), this.roles);
	}

	public Long getPartnerId() {
		return this.partnerId;
	}

	public void setPartnerId(Long partnerId) {
		this.partnerId = partnerId;
	}

	public Long getNeighbourhoodId() {
		return this.neighbourhoodId;
	}

	public void setNeighbourhoodId(Long neighbourhoodId) {
		this.neighbourhoodId = neighbourhoodId;
	}

	public LocalDate getStartDate() {
		return this.startDate;
	}

	public void setStartDate(LocalDate startDate) {
		this.startDate = startDate;
	}

	public LocalDate getEndDate() {
		return this.endDate;
	}

	public void setEndDate(LocalDate endDate) {
		this.endDate = endDate;
	}

	public Set<MembershipRole> getRoles() {
		return this.roles;
	}

	public void setRoles(Set<MembershipRole> roles) {
		this.roles = EnumSets.copyOf(MembershipRole.class, roles);
	}

}
