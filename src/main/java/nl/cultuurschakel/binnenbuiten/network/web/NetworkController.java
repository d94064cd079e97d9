package nl.cultuurschakel.binnenbuiten.network.web;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Locale;

import lombok.RequiredArgsConstructor;
import nl.cultuurschakel.binnenbuiten.account.CurrentUser;
import nl.cultuurschakel.binnenbuiten.neighbourhood.NeighbourhoodService;
import nl.cultuurschakel.binnenbuiten.network.Network;
import nl.cultuurschakel.binnenbuiten.network.NetworkAccess;
import nl.cultuurschakel.binnenbuiten.network.NetworkReport;
import nl.cultuurschakel.binnenbuiten.network.NetworkService;
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
 * ({@link NetworkAccess}).
 */
@Controller
@RequestMapping("/network")
@RequiredArgsConstructor
class NetworkController {

	static final MediaType GRAPHML = new MediaType("application", "graphml+xml", StandardCharsets.UTF_8);

	private final NetworkService networks;

	private final NetworkAccess access;

	private final NeighbourhoodService neighbourhoods;

	private final MessageSource messages;

	private final ObjectMapper json;

	private final Clock clock;

	@GetMapping("/{neighbourhoodId}")
	String show(@PathVariable Long neighbourhoodId, @ModelAttribute("params") NetworkParams params,
			BindingResult binding, @AuthenticationPrincipal CurrentUser user, Locale locale, Model model) {
		Period period = params.resolve(binding, LocalDate.now(this.clock));
		this.access.checkMaySee(user, neighbourhoodId);
		NetworkReport report = this.networks.report(neighbourhoodId, period);
		model.addAttribute("neighbourhood", this.neighbourhoods.get(neighbourhoodId));
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
