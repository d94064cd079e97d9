package nl.cultuurschakel.binnenbuiten.idea.web;

import lombok.RequiredArgsConstructor;
import nl.cultuurschakel.binnenbuiten.shared.web.Flash;
import nl.cultuurschakel.binnenbuiten.workshop.WorkshopService;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Staff make, renew and revoke a workshop's public link for its children (staff only, as
 * everything under {@code /workshops}; the POSTs carry the CSRF token). Renewing replaces
 * the token, so the old link and its QR code stop working; revoking asks first.
 */
@Controller
@RequestMapping("/workshops/{workshopId}/public-link")
@RequiredArgsConstructor
class PublicLinkController {

	private final WorkshopService workshops;

	@PostMapping
	String renew(@PathVariable Long workshopId, RedirectAttributes redirect) {
		boolean had = this.workshops.publicToken(workshopId).isPresent();
		this.workshops.renewPublicLink(workshopId);
		return Flash.redirect(redirect, had ? "idea.publicLink.renewed" : "idea.publicLink.created",
				outcomePage(workshopId));
	}

	@GetMapping("/revoke")
	String confirmRevoke(@PathVariable Long workshopId, Model model) {
		model.addAttribute("workshop", this.workshops.get(workshopId));
		return "ideas/public/revoke";
	}

	@PostMapping("/revoke")
	String revoke(@PathVariable Long workshopId, RedirectAttributes redirect) {
		this.workshops.revokePublicLink(workshopId);
		return Flash.redirect(redirect, "idea.publicLink.revoked", outcomePage(workshopId));
	}

	private static String outcomePage(Long workshopId) {
		return "/workshops/" + workshopId + "/outcome";
	}

}
