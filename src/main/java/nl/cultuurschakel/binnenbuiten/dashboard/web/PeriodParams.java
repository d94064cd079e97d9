package nl.cultuurschakel.binnenbuiten.dashboard.web;

import java.time.LocalDate;

import nl.cultuurschakel.binnenbuiten.neighbourhood.District;

/**
 * The dashboard's URL parameters: {@code from}, {@code to} (ISO dates, inclusive) and an
 * optional {@code neighbourhood} id or {@code district}.
 */
class PeriodParams {

	private LocalDate from;

	private LocalDate to;

	private Long neighbourhood;

	private District district;

	public LocalDate getFrom() {
		return this.from;
	}

	public void setFrom(LocalDate from) {
		this.from = from;
	}

	public LocalDate getTo() {
		return this.to;
	}

	public void setTo(LocalDate to) {
		this.to = to;
	}

	public Long getNeighbourhood() {
		return this.neighbourhood;
	}

	public void setNeighbourhood(Long neighbourhood) {
		this.neighbourhood = neighbourhood;
	}

	public District getDistrict() {
		return this.district;
	}

	public void setDistrict(District district) {
		this.district = district;
	}

}
