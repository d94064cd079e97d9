package nl.cultuurschakel.binnenbuiten.neighbourhood.web;

import java.time.LocalDate;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

import nl.cultuurschakel.binnenbuiten.neighbourhood.District;
import nl.cultuurschakel.binnenbuiten.neighbourhood.EcosystemPhase;
import nl.cultuurschakel.binnenbuiten.neighbourhood.NeighbourhoodData;
import nl.cultuurschakel.binnenbuiten.neighbourhood.NeighbourhoodDetails;
import nl.cultuurschakel.binnenbuiten.shared.GeoPoint;
import nl.cultuurschakel.binnenbuiten.shared.web.PositionForm;

/**
 * Create and edit form of a neighbourhood. The phase is only chosen on creation; later
 * changes go through the phase form so that they are recorded with a date.
 */
class NeighbourhoodForm extends PositionForm {

	@NotNull
	@Size(min = 2, max = 100)
	private String name;

	@NotNull
	private District district;

	@Size(max = 5000)
	private String profile;

	@PositiveOrZero
	@Max(1_000_000)
	private Integer children4To12;

	private EcosystemPhase phase = EcosystemPhase.EXPLORING;

	@PastOrPresent
	private LocalDate activeSince;

	static NeighbourhoodForm of(NeighbourhoodDetails details) {
		NeighbourhoodForm form = new NeighbourhoodForm();
		form.name = details.name();
		form.district = details.district();
		form.profile = details.profile();
		form.children4To12 = details.children4To12();
		form.phase = details.phase();
		form.activeSince = details.activeSince();
		form.fillPosition(GeoPoint.ofNullable(details.latitude(), details.longitude()));
		form.setVersion(details.version());
		return form;
	}

	NeighbourhoodData toData() {
		GeoPoint position = position();
		return new NeighbourhoodData(this.name, this.district, this.profile, this.children4To12, this.activeSince,
				(position != null) ? position.latitude() : null, (position != null) ? position.longitude() : null);
	}

	public String getName() {
		return this.name;
	}

	public void setName(String name) {
		this.name = name;
	}

	public District getDistrict() {
		return this.district;
	}

	public void setDistrict(District district) {
		this.district = district;
	}

	public String getProfile() {
		return this.profile;
	}

	public void setProfile(String profile) {
		this.profile = profile;
	}

	public Integer getChildren4To12() {
		return this.children4To12;
	}

	public void setChildren4To12(Integer children4To12) {
		this.children4To12 = children4To12;
	}

	public EcosystemPhase getPhase() {
		return this.phase;
	}

	public void setPhase(EcosystemPhase phase) {
		this.phase = phase;
	}

	public LocalDate getActiveSince() {
		return this.activeSince;
	}

	public void setActiveSince(LocalDate activeSince) {
		this.activeSince = activeSince;
	}

}
