package nl.cultuurschakel.binnenbuiten.dashboard.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import nl.cultuurschakel.binnenbuiten.dashboard.DashboardService;
import nl.cultuurschakel.binnenbuiten.dashboard.FigureKey;
import nl.cultuurschakel.binnenbuiten.dashboard.ReportPeriod;
import nl.cultuurschakel.binnenbuiten.dashboard.Selection;
import nl.cultuurschakel.binnenbuiten.neighbourhood.District;
import nl.cultuurschakel.binnenbuiten.neighbourhood.NeighbourhoodService;
import nl.cultuurschakel.binnenbuiten.neighbourhood.NeighbourhoodSummary;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * The dashboard for staff: every figure for a period and neighbourhood selection, with
 * its definition, the previous period, and charts.
 */
@Controller
class DashboardController {

	/** First year of the programme's figures (the pilot started in 2020). */
	static final int FIRST_YEAR = 2020;

	private final DashboardService dashboards;

	private final NeighbourhoodService neighbourhoods;

	private final Clock clock;

	DashboardController(DashboardService dashboards, NeighbourhoodService neighbourhoods, Clock clock) {
		this.dashboards = dashboards;
		this.neighbourhoods = neighbourhoods;
		this.clock = clock;
	}

	@GetMapping("/dashboard")
	String dashboard(@ModelAttribute("params") PeriodParams params, Model model) {
		int thisYear = LocalDate.now(this.clock).getYear();
		ReportPeriod period = ReportPeriod.year(thisYear);
		if (params.getFrom() != null && params.getTo() != null) {
			if (params.getTo().isBefore(params.getFrom())) {
				model.addAttribute("periodError", "dashboard.period.invalid");
			}
			else {
				period = new ReportPeriod(params.getFrom(), params.getTo());
			}
		}
		List<NeighbourhoodSummary> all = this.neighbourhoods.all();
		model.addAttribute("dashboard", this.dashboards.dashboard(period, selection(params, all)));
		model.addAttribute("neighbourhoods", all);
		model.addAttribute("districts", District.values());
		model.addAttribute("figureKeys", FigureKey.values());
		model.addAttribute("years", years(thisYear));
		model.addAttribute("brochurePeriod", new ReportPeriod(LocalDate.of(2022, 1, 1), LocalDate.of(2024, 12, 31)));
		return "dashboard/index";
	}

	private static Selection selection(PeriodParams params, List<NeighbourhoodSummary> all) {
		if (params.getNeighbourhood() != null) {
			return all.stream()
				.filter((n) -> n.id().equals(params.getNeighbourhood()))
				.findFirst()
				.map((n) -> new Selection(List.of(n.id()), n.name()))
				.orElse(new Selection(List.of(), "?"));
		}
		if (params.getDistrict() != null) {
			return new Selection(all.stream()
				.filter((n) -> n.district() == params.getDistrict())
				.map(NeighbourhoodSummary::id)
				.toList(), params.getDistrict().name());
		}
		return Selection.all();
	}

	private static List<Integer> years(int thisYear) {
		List<Integer> years = new ArrayList<>();
		for (int year = thisYear; year >= FIRST_YEAR; year--) {
			years.add(year);
		}
		return years;
	}

}
