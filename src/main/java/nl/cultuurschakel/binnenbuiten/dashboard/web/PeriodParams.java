package nl.cultuurschakel.binnenbuiten.dashboard.web;

import java.time.LocalDate;
import java.util.List;

import nl.cultuurschakel.binnenbuiten.dashboard.Selection;
import nl.cultuurschakel.binnenbuiten.neighbourhood.District;
import nl.cultuurschakel.binnenbuiten.neighbourhood.NeighbourhoodSummary;
import nl.cultuurschakel.binnenbuiten.shared.NotFoundException;

/**
 * The URL parameters of the dashboard and the reports: {@code from}, {@code to} (ISO
 * dates, inclusive) and an optional {@code neighbourhood} id or {@code district}.
 */
class PeriodParams {

	private LocalDate from;

	private LocalDate to;

	private Long neighbourhood;

	private District district;

	/**
	 * The neighbourhoods these parameters choose; a neighbourhood wins over a district.
	 * @throws NotFoundException for an unknown neighbourhood
	 */
	Selection selection(List<NeighbourhoodSummary> all) {
		if (this.neighbourhood != null) {
			return all.stream()
				.filter((n) -> n.id().equals(this.neighbourhood))
				.findFirst()
				.map(Selection::of)
				.orElseThrow(() -> new NotFoundException("Neighbourhood", this.neighbourhood));
		}
		if (this.district != null) {
			return Selection.of(this.district, all);
		}
		return Selection.all();
	}

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
