package nl.cultuurschakel.binnenbuiten.contact.web;

import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.RequestMapping;

/**
 * htmx helper of the contact form: when the partner changes, the neighbourhood field for
 * that partner, swapped whole into the form. Without JavaScript the service fills in the
 * partner's neighbourhood on saving.
 */
@Controller
@RequestMapping("/contacts/picker")
@RequiredArgsConstructor
class NeighbourhoodFieldController {

	private final NeighbourhoodChoices choices;

	/**
	 * The neighbourhood field for the partner, date and neighbourhood the form holds (the
	 * other form fields are not sent).
	 */
	@GetMapping("/neighbourhoods")
	String neighbourhoodField(@ModelAttribute ContactForm contactForm, Model model) {
		model.addAttribute("neighbourhoodChoice", this.choices.applyTo(contactForm));
		return "contacts/fragments/neighbourhood :: field";
	}

}
