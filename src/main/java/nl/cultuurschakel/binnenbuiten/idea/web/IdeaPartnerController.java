package nl.cultuurschakel.binnenbuiten.idea.web;

import java.util.Set;
import java.util.stream.Collectors;

import lombok.RequiredArgsConstructor;
import nl.cultuurschakel.binnenbuiten.idea.IdeaService;
import nl.cultuurschakel.binnenbuiten.partner.PartnerOption;
import nl.cultuurschakel.binnenbuiten.partner.PartnerService;
import nl.cultuurschakel.binnenbuiten.shared.web.Flash;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The partners who help realise an idea, chosen on the idea page.
 */
@Controller
@RequiredArgsConstructor
class IdeaPartnerController {

	private final IdeaService ideas;

	private final PartnerService partners;

	@PostMapping("/ideas/{id}/partners")
	String setPartners(@PathVariable Long id, @RequestParam(name = "partnerIds", required = false) Set<Long> partnerIds,
			RedirectAttributes redirect) {
		Set<Long> known = this.partners.options().stream().map(PartnerOption::id).collect(Collectors.toSet());
		Set<Long> chosen = (partnerIds != null) ? partnerIds : Set.of();
		this.ideas.get(id);
		if (!known.containsAll(chosen)) {
			return Flash.redirect(redirect, "idea.partners.unknown", "/ideas/" + id);
		}
		this.ideas.setPartners(id, chosen);
		return Flash.redirect(redirect, "idea.partners.saved", "/ideas/" + id);
	}

}
