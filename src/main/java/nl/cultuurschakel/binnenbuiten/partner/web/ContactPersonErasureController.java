package nl.cultuurschakel.binnenbuiten.partner.web;

import lombok.RequiredArgsConstructor;
import nl.cultuurschakel.binnenbuiten.account.Actor;
import nl.cultuurschakel.binnenbuiten.account.CurrentUser;
import nl.cultuurschakel.binnenbuiten.partner.ContactPersonErasures;
import nl.cultuurschakel.binnenbuiten.partner.PartnerService;
import nl.cultuurschakel.binnenbuiten.shared.web.Flash;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A coordinator erases a partner's contact person's data on that person's request
 * (AVG/GDPR), after confirming.
 */
@Controller
@RequestMapping("/partners/{id}/contact-person/erase")
@RequiredArgsConstructor
class ContactPersonErasureController {

	private final PartnerService partners;

	private final ContactPersonErasures erasures;

	@GetMapping
	String confirm(@PathVariable Long id, Model model) {
		model.addAttribute("partner", this.partners.get(id));
		return "partners/erase-contact-person";
	}

	@PostMapping
	String erase(@PathVariable Long id, @AuthenticationPrincipal CurrentUser user, RedirectAttributes redirect) {
		this.erasures.erase(id, new Actor(user.getId(), user.getDisplayName()));
		return Flash.redirect(redirect, "partner.contactPerson.erased", "/partners/" + id);
	}

}
