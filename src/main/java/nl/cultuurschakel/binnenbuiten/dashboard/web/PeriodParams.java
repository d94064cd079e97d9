package nl.cultuurschakel.binnenbuiten.dashboard.web;

import java.time.LocalDate;
import java.util.List;

import nl.cultuurschakel.binnenbuiten.dashboard.Selection;
import nl.cultuurschakel.binnenbuiten.neighbourhood.District;
import nl.cultuurschakel.binnenbuiten.neighbourhood.NeighbourhoodSummary;
import nl.cultuurschakel.binnenbuiten.shared.InvalidPeriodException;
import nl.cultuurschakel.binnenbuiten.shared.NotFoundException;
import nl.cultuurschakel.binnenbuiten.shared.Period;
import nl.cultuurschakel.binnenbuiten.shared.web.PeriodFilter;

/**
 * The URL parameters of the dashboard and the reports: {@code from}, {@code to} (ISO
 * dates, inclusive, see {@link PeriodFilter}) and an optional {@code neighbourhood} id or
 * {@code district}.
 */
class PeriodParams extends PeriodFilter {

	/** The longest period a report or the dashboard covers, in years. */
	static final int MAX_YEARS = 25;

	private Long neighbourhood;

	private District district;

	/**
	 * The period a report or the dashboard can be about: both ends given, within
	 * {@link Period#EARLIEST} and {@link Period#LATEST}, shorter than {@link #MAX_YEARS}
	 * years, so that every figure stays a bounded query.
	 * @throws InvalidPeriodException (400) otherwise
	 */
	static Period reportPeriod(LocalDate from, LocalDate to) {
		return Period.closed(from, to).atMostYears(MAX_YEARS);
	}

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
