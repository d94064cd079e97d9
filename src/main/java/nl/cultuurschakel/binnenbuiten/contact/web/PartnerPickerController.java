package nl.cultuurschakel.binnenbuiten.contact.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import nl.cultuurschakel.binnenbuiten.contact.ContactService;
import nl.cultuurschakel.binnenbuiten.neighbourhood.NeighbourhoodService;
import nl.cultuurschakel.binnenbuiten.partner.PartnerOption;
import nl.cultuurschakel.binnenbuiten.partner.PartnerService;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * htmx helpers of the contact form: type-ahead for the partner select, and the
 * neighbourhood that belongs to the chosen partner. Without JavaScript the form works
 * with the full select and the server picks the neighbourhood on saving.
 */
@Controller
@RequestMapping("/contacts/picker")
class PartnerPickerController {

	private final PartnerService partners;

	private final NeighbourhoodService neighbourhoods;

	private final ContactService contacts;

	private final Clock clock;

	PartnerPickerController(PartnerService partners, NeighbourhoodService neighbourhoods, ContactService contacts,
			Clock clock) {
		this.partners = partners;
		this.neighbourhoods = neighbourhoods;
		this.contacts = contacts;
		this.clock = clock;
	}

	/**
	 * The partner options whose name contains the typed text. A single match is selected,
	 * and, when no neighbourhood was chosen yet, the neighbourhood select is updated too
	 * (an out-of-band swap).
	 */
	@GetMapping("/partners")
	String partners(@RequestParam(name = "partnerSearch", required = false) String query,
			@RequestParam(required = false) Long counterpartId, @RequestParam(required = false) Long neighbourhoodId,
			@RequestParam(required = false) LocalDate date, Model model) {
		String needle = (query != null) ? query.toLowerCase(Locale.ROOT) : "";
		List<PartnerOption> matches = this.partners.options()
			.stream()
			.filter((option) -> option.name().toLowerCase(Locale.ROOT).contains(needle))
			.toList();
		Long selected = (matches.size() == 1) ? matches.get(0).id() : counterpartId;
		model.addAttribute("options", matches);
		model.addAttribute("selected", selected);
		if (matches.size() == 1 && neighbourhoodId == null) {
			neighbourhoods(selected, null, date, model, "neighbourhoodOptions", "neighbourhoodSelected");
		}
		return "contacts/fragments/options :: partners";
	}

	/**
	 * The neighbourhood options with the chosen partner's neighbourhood selected, unless
	 * the user already chose one.
	 */
	@GetMapping("/neighbourhoods")
	String neighbourhoods(@RequestParam(required = false) Long counterpartId,
			@RequestParam(required = false) Long neighbourhoodId, @RequestParam(required = false) LocalDate date,
			Model model) {
		neighbourhoods(counterpartId, neighbourhoodId, date, model, "options", "selected");
		return "contacts/fragments/options :: neighbourhoods";
	}

	private void neighbourhoods(Long counterpartId, Long neighbourhoodId, LocalDate date, Model model,
			String optionsName, String selectedName) {
		Long selected = neighbourhoodId;
		if (selected == null && counterpartId != null) {
			selected = this.contacts
				.defaultNeighbourhood(counterpartId, (date != null) ? date : LocalDate.now(this.clock))
				.orElse(null);
		}
		model.addAttribute(optionsName, this.neighbourhoods.all());
		model.addAttribute(selectedName, selected);
	}

}
