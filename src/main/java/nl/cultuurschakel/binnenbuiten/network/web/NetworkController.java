package nl.cultuurschakel.binnenbuiten.network.web;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import lombok.RequiredArgsConstructor;
import nl.cultuurschakel.binnenbuiten.account.CurrentUser;
import nl.cultuurschakel.binnenbuiten.neighbourhood.NeighbourhoodDetails;
import nl.cultuurschakel.binnenbuiten.neighbourhood.NeighbourhoodService;
import nl.cultuurschakel.binnenbuiten.network.Network;
import nl.cultuurschakel.binnenbuiten.network.NetworkHistory;
import nl.cultuurschakel.binnenbuiten.network.NetworkReport;
import nl.cultuurschakel.binnenbuiten.network.NetworkService;
import nl.cultuurschakel.binnenbuiten.network.NetworkYear;
import nl.cultuurschakel.binnenbuiten.partner.NeighbourhoodAccess;
import nl.cultuurschakel.binnenbuiten.shared.Chart;
import nl.cultuurschakel.binnenbuiten.shared.Period;
import nl.cultuurschakel.binnenbuiten.shared.export.Download;
import tools.jackson.databind.ObjectMapper;

import org.springframework.context.MessageSource;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;

/**
 * The network page of a neighbourhood for a period: metrics with their definitions, the
 * members and ties as tables, and the same network as an interactive graph. Staff see
 * every neighbourhood's, partner users those of their own neighbourhoods
 * ({@link NeighbourhoodAccess}).
 */
@Controller
@RequestMapping("/network")
@RequiredArgsConstructor
class NetworkController {

	static final MediaType GRAPHML = new MediaType("application", "graphml+xml", StandardCharsets.UTF_8);

	private final NetworkService networks;

	private final NeighbourhoodAccess access;

	private final NeighbourhoodService neighbourhoods;

	private final MessageSource messages;

	private final ObjectMapper json;

	private final Clock clock;

	@GetMapping("/{neighbourhoodId}")
	String show(@PathVariable Long neighbourhoodId, @ModelAttribute("params") NetworkParams params,
			BindingResult binding, @AuthenticationPrincipal CurrentUser user, Locale locale, Model model) {
		Period period = params.resolve(binding, LocalDate.now(this.clock));
		this.access.checkMaySee(user, neighbourhoodId);
		Period comparedWith = params.comparedWith(period);
		NeighbourhoodDetails neighbourhood = this.neighbourhoods.get(neighbourhoodId);
		YearSpan span = years(neighbourhood, period);
		NetworkHistory history = this.networks.history(neighbourhoodId, period, comparedWith, span.first(),
				span.last());
		NetworkReport report = history.report();
		List<NetworkYear> years = history.years();
		model.addAttribute("comparedYear", params.comparedYear());
		model.addAttribute("compareYears", compareYears(years, period, params.comparedYear()));
		model.addAttribute("neighbourhood", neighbourhood);
		model.addAttribute("years", years);
		model.addAttribute("yearsChart", yearsChart(years, locale));
		model.addAttribute("period", period);
		model.addAttribute("report", report);
		model.addAttribute("members", report.network().membersById());
		model.addAttribute("graph",
				this.json.writeValueAsString(GraphData.elements(report.network(), this.messages, locale)));
		model.addAttribute("ties", TieRow.of(report.network().ties(), report.network(), this.messages, locale));
		model.addAttribute("newTies", TieRow.of(report.newTies(), report.network(), this.messages, locale));
		model.addAttribute("fadedTies", TieRow.of(report.fadedTies(), report.previous(), this.messages, locale));
		return "network/show";
	}

	/**
	 * The first and last calendar year of the network over time: up to the period's last
	 * (not after this year), at most {@value NetworkService#MOST_YEARS} and none before
	 * the neighbourhood's network started (then the first comes after the last).
	 */
	private YearSpan years(NeighbourhoodDetails neighbourhood, Period period) {
		int last = Math.min(period.to().getYear(), LocalDate.now(this.clock).getYear());
		int first = Math.max(last - NetworkService.MOST_YEARS + 1, Period.EARLIEST.getYear());
		if (neighbourhood.activeSince() != null) {
			first = Math.max(first, neighbourhood.activeSince().getYear());
		}
		return new YearSpan(first, last);
	}

	private record YearSpan(int first, int last) {

	}

	/**
	 * The years the page offers to compare with: those of the network over time, but the
	 * period's own, and the one asked for.
	 */
	private static List<String> compareYears(List<NetworkYear> years, Period period, Integer asked) {
		List<String> offered = new ArrayList<>();
		for (NetworkYear year : years) {
			if (!period.equals(Period.year(year.year()))) {
				offered.add(String.valueOf(year.year()));
			}
		}
		if (asked != null && !offered.contains(String.valueOf(asked))) {
			offered.add(String.valueOf(asked));
		}
		return offered;
	}

	/** Per year its ties and, under them, those between domains. */
	private Chart yearsChart(List<NetworkYear> years, Locale locale) {
		List<Chart.Bar> bars = new ArrayList<>();
		for (NetworkYear year : years) {
			String name = String.valueOf(year.year());
			bars.add(Chart.Bar.text(this.messages.getMessage("network.years.bar.ties", new Object[] { name }, locale),
					year.metrics().ties()));
			bars.add(Chart.Bar.text(this.messages.getMessage("network.years.bar.cross", new Object[] { name }, locale),
					year.metrics().crossDomainTies()));
		}
		return new Chart("network-years", "network.years.chart", bars);
	}

	@GetMapping("/{neighbourhoodId}.csv")
	ResponseEntity<byte[]> csv(@PathVariable Long neighbourhoodId, @ModelAttribute("params") NetworkParams params,
			BindingResult binding, @AuthenticationPrincipal CurrentUser user, Locale locale) {
		Network network = exported(neighbourhoodId, params, binding, user);
		return download(network, "csv", Download.CSV, locale, NetworkFiles.csv(network, this.messages, locale));
	}

	@GetMapping("/{neighbourhoodId}.graphml")
	ResponseEntity<byte[]> graphml(@PathVariable Long neighbourhoodId, @ModelAttribute("params") NetworkParams params,
			BindingResult binding, @AuthenticationPrincipal CurrentUser user, Locale locale) {
		Network network = exported(neighbourhoodId, params, binding, user);
		return download(network, "graphml", GRAPHML, locale, NetworkFiles.graphml(network));
	}

	private Network exported(Long neighbourhoodId, NetworkParams params, BindingResult binding, CurrentUser user) {
		Period period = params.resolve(binding, LocalDate.now(this.clock));
		this.access.checkMaySee(user, neighbourhoodId);
		return this.networks.network(neighbourhoodId, period);
	}

	private ResponseEntity<byte[]> download(Network network, String extension, MediaType type, Locale locale,
			byte[] body) {
		String part = network.neighbourhoodId() + "-" + network.period().from() + "-" + network.period().to();
		return Download.attachment(Download.filename(this.messages, locale, "network.export.filename", part, extension),
				type, body);
	}

}
