package nl.cultuurschakel.binnenbuiten.agenda.web;

import lombok.RequiredArgsConstructor;
import nl.cultuurschakel.binnenbuiten.account.CurrentUser;
import nl.cultuurschakel.binnenbuiten.agenda.AgendaFeeds;
import nl.cultuurschakel.binnenbuiten.shared.DenHaag;
import nl.cultuurschakel.binnenbuiten.shared.web.Flash;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * "Agenda-abonnement": a staff user makes, renews or stops the private address of their
 * agenda feed. A new address is shown once, right after it is made: only its hash is
 * stored.
 */
@Controller
@RequiredArgsConstructor
class AgendaController {

	/** The flash attribute with the address just made. */
	static final String FEED_URL = "feedUrl";

	private static final String PAGE = "/agenda";

	private final AgendaFeeds feeds;

	@GetMapping(PAGE)
	String show(@AuthenticationPrincipal CurrentUser user, Model model) {
		model.addAttribute("since",
				this.feeds.subscribedSince(user.getId())
					.map((made) -> made.atZone(DenHaag.ZONE).toLocalDate())
					.orElse(null));
		return "agenda/subscription";
	}

	@PostMapping(PAGE + "/subscription")
	String subscribe(@AuthenticationPrincipal CurrentUser user, RedirectAttributes redirect) {
		String token = this.feeds.subscribe(user.getId());
		redirect.addFlashAttribute(FEED_URL,
				ServletUriComponentsBuilder.fromCurrentContextPath()
					.path(AgendaFeedController.FEEDS + "{token}.ics")
					.buildAndExpand(token)
					.toUriString());
		return Flash.redirect(redirect, "agenda.subscribed", PAGE);
	}

	@PostMapping(PAGE + "/subscription/delete")
	String revoke(@AuthenticationPrincipal CurrentUser user, RedirectAttributes redirect) {
		this.feeds.revoke(user.getId());
		return Flash.redirect(redirect, "agenda.revoked", PAGE);
	}

}
