package nl.cultuurschakel.binnenbuiten.home;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import lombok.RequiredArgsConstructor;
import nl.cultuurschakel.binnenbuiten.account.CurrentUser;
import nl.cultuurschakel.binnenbuiten.contact.ContactService;
import nl.cultuurschakel.binnenbuiten.contact.FollowUp;
import nl.cultuurschakel.binnenbuiten.partner.PartnerService;
import nl.cultuurschakel.binnenbuiten.search.SearchService;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The start page: a welcome for each role; staff also see their open follow-ups, overdue
 * first, each closable with one click; partner users what needs their attention (see
 * {@link PartnerStart}).
 */
@Controller
@RequiredArgsConstructor
class HomeController {

	private static final int FOLLOW_UPS_SHOWN = 10;

	private static final int OVERDUE_SHOWN = 3;

	private final ContactService contacts;

	private final PartnerService partners;

	private final SearchService search;

	private final PartnerStart partnerStart;

	@GetMapping("/")
	String home(@AuthenticationPrincipal CurrentUser user, Model model) {
		model.addAttribute("role", user.getRole());
		if (user.isStaff()) {
			List<FollowUp> followUps = this.contacts.openFollowUps(user.getId(), FOLLOW_UPS_SHOWN);
			model.addAttribute("followUps", followUps);
			model.addAttribute("openFollowUps", this.contacts.countOpenFollowUps(user.getId()));
			model.addAttribute("overdueFollowUps", this.contacts.overdueFollowUps(user.getId(), OVERDUE_SHOWN));
			model.addAttribute("partnerNames",
					this.partners.names(followUps.stream().map(FollowUp::counterpartId).collect(Collectors.toSet())));
			// Only the user's own follow-ups are shown: the name is already known.
			model.addAttribute("advisorNames", Map.of(user.getId(), user.getDisplayName()));
		}
		model.addAttribute("recentlyViewed", this.search.recentlyViewed(user));
		if (user.getPartnerId() != null) {
			this.partnerStart.addTo(model, user);
		}
		return "home/index";
	}

}
