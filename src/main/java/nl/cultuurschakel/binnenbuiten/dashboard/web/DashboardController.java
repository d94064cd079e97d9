package nl.cultuurschakel.binnenbuiten.dashboard.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import jakarta.servlet.http.HttpServletResponse;

import lombok.RequiredArgsConstructor;
import nl.cultuurschakel.binnenbuiten.dashboard.Dashboard;
import nl.cultuurschakel.binnenbuiten.dashboard.DashboardService;
import nl.cultuurschakel.binnenbuiten.dashboard.FigureKey;
import nl.cultuurschakel.binnenbuiten.dashboard.ReportNames;
import nl.cultuurschakel.binnenbuiten.neighbourhood.District;
import nl.cultuurschakel.binnenbuiten.neighbourhood.NeighbourhoodService;
import nl.cultuurschakel.binnenbuiten.neighbourhood.NeighbourhoodSummary;
import nl.cultuurschakel.binnenbuiten.shared.InvalidPeriodException;
import nl.cultuurschakel.binnenbuiten.shared.Period;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * The dashboard for staff: every figure for a period and neighbourhood selection, with
 * its definition, the previous period, and charts.
 */
@Controller
@RequiredArgsConstructor
class DashboardController {

	/** First year of the programme's figures (the pilot started in 2020). */
	static final int FIRST_YEAR = 2020;

	private final DashboardService dashboards;

	private final NeighbourhoodService neighbourhoods;

	private final ReportNames names;

	private final Clock clock;

	/**
	 * A period that is no valid report period answers 400, with the reason above the form
	 * (which keeps what was typed) and this year's figures below it.
	 */
	@GetMapping("/dashboard")
	String dashboard(@ModelAttribute("params") PeriodParams params, Model model, Locale locale,
			HttpServletResponse response) {
		int thisYear = LocalDate.now(this.clock).getYear();
		Period period = Period.year(thisYear);
		if (params.hasPeriod()) {
			try {
				period = PeriodParams.reportPeriod(params.getFrom(), params.getTo());
			}
			catch (InvalidPeriodException ex) {
				model.addAttribute("periodError", ex.messageKey());
				model.addAttribute("periodErrorArguments", ex.arguments());
				response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
			}
		}
		List<NeighbourhoodSummary> all = this.neighbourhoods.all();
		Dashboard dashboard = this.dashboards.dashboard(period, params.selection(all));
		model.addAttribute("dashboard", dashboard);
		model.addAttribute("about", this.names.selection(dashboard.selection(), locale));
		model.addAttribute("reportUrl", ReportLinks.report(period, dashboard.selection()));
		model.addAttribute("neighbourhoods", all);
		model.addAttribute("districts", District.values());
		model.addAttribute("figureKeys", FigureKey.values());
		model.addAttribute("years", years(thisYear));
		model.addAttribute("brochurePeriod", new Period(LocalDate.of(2022, 1, 1), LocalDate.of(2024, 12, 31)));
		return "dashboard/index";
	}

	private static List<Integer> years(int thisYear) {
		List<Integer> years = new ArrayList<>();
		for (int year = thisYear; year >= FIRST_YEAR; year--) {
			years.add(year);
		}
		return years;
	}

}
