package nl.cultuurschakel.binnenbuiten.story.web;

import lombok.RequiredArgsConstructor;
import nl.cultuurschakel.binnenbuiten.account.CurrentUser;
import nl.cultuurschakel.binnenbuiten.partner.PartnerService;
import nl.cultuurschakel.binnenbuiten.story.PartnerStory;

import org.springframework.data.domain.Pageable;
import org.springframework.data.web.PageableDefault;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;

/**
 * A partner's timeline (staff only, as the partner pages): a page of its own, and the
 * part of it that the partner page loads with htmx.
 */
@Controller
@RequiredArgsConstructor
class PartnerTimelineController {

	private final PartnerStory story;

	private final PartnerService partners;

	@GetMapping("/partners/{id}/timeline")
	String timeline(@PathVariable Long id, @ModelAttribute("filter") TimelineFilter filter,
			@PageableDefault(size = 20) Pageable pageable, @AuthenticationPrincipal CurrentUser user,
			@RequestHeader(name = "HX-Request", required = false) String htmx, Model model) {
		model.addAttribute("partner", this.partners.get(id));
		model.addAttribute("entries", this.story.of(id, user, filter.getKind(), filter.period(), pageable));
		model.addAttribute("kinds", PartnerStory.kindsFor(user));
		return (htmx != null) ? "story/partner-timeline :: timeline" : "story/partner-timeline";
	}

}
