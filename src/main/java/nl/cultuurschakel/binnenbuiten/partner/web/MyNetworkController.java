package nl.cultuurschakel.binnenbuiten.partner.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import jakarta.validation.Valid;

import lombok.RequiredArgsConstructor;
import nl.cultuurschakel.binnenbuiten.account.CurrentUser;
import nl.cultuurschakel.binnenbuiten.neighbourhood.NeighbourhoodService;
import nl.cultuurschakel.binnenbuiten.partner.MembershipService;
import nl.cultuurschakel.binnenbuiten.partner.NetworkQueries;
import nl.cultuurschakel.binnenbuiten.partner.OfferTag;
import nl.cultuurschakel.binnenbuiten.partner.PartnerDetails;
import nl.cultuurschakel.binnenbuiten.partner.PartnerService;
import nl.cultuurschakel.binnenbuiten.shared.web.EditConflict;
import nl.cultuurschakel.binnenbuiten.shared.web.Flash;

import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A partner user's own view: the own organisation and the networks it is a member of. The
 * organisation always comes from the logged-in user, never from the URL.
 */
@Controller
@RequestMapping("/my-network")
@RequiredArgsConstructor
class MyNetworkController {

	private static final String PROFILE = "my-network/profile";

	private final PartnerService partners;

	private final MembershipService memberships;

	private final NetworkQueries network;

	private final NeighbourhoodService neighbourhoods;

	private final Clock clock;

	@GetMapping
	String show(@AuthenticationPrincipal CurrentUser user, Model model) {
		Long partnerId = ownPartner(user);
		LocalDate today = LocalDate.now(this.clock);
		List<Long> neighbourhoodIds = this.memberships.currentNeighbourhoodIds(partnerId, today);
		model.addAttribute("partner", this.partners.get(partnerId));
		model.addAttribute("spaces", this.partners.spaces(partnerId));
		model.addAttribute("neighbourhoods", this.neighbourhoods.byIds(neighbourhoodIds).values());
		model.addAttribute("members", this.network.currentMembers(neighbourhoodIds, today));
		return "my-network/index";
	}

	@GetMapping("/profile")
	String editProfile(@AuthenticationPrincipal CurrentUser user, Model model) {
		PartnerDetails partner = this.partners.get(ownPartner(user));
		ProfileForm form = new ProfileForm();
		form.fill(partner.profile(), partner.version());
		model.addAttribute("partner", partner);
		model.addAttribute("profileForm", form);
		return PROFILE;
	}

	@PostMapping("/profile")
	String updateProfile(@AuthenticationPrincipal CurrentUser user, @Valid @ModelAttribute ProfileForm profileForm,
			BindingResult result, Model model, RedirectAttributes redirect) {
		Long partnerId = ownPartner(user);
		model.addAttribute("partner", this.partners.get(partnerId));
		if (result.hasErrors()) {
			return PROFILE;
		}
		try {
			this.partners.updateProfile(partnerId, profileForm.toProfile(), profileForm.getVersion());
			return Flash.redirect(redirect, "partner.profile.saved", "/my-network");
		}
		catch (ObjectOptimisticLockingFailureException ex) {
			profileForm.setVersion(EditConflict.show(this.partners.get(partnerId), result, model).version());
			return PROFILE;
		}
	}

	@ModelAttribute("offerTags")
	OfferTag[] offerTags() {
		return OfferTag.values();
	}

	private static Long ownPartner(CurrentUser user) {
		if (user.getPartnerId() == null) {
			throw new AccessDeniedException("Partner user without a partner organisation");
		}
		return user.getPartnerId();
	}

}
