package nl.cultuurschakel.binnenbuiten.story.web;

import java.time.Clock;
import java.time.LocalDate;

import lombok.RequiredArgsConstructor;
import nl.cultuurschakel.binnenbuiten.account.CurrentUser;
import nl.cultuurschakel.binnenbuiten.neighbourhood.NeighbourhoodMembers;
import nl.cultuurschakel.binnenbuiten.neighbourhood.NeighbourhoodService;
import nl.cultuurschakel.binnenbuiten.partner.NeighbourhoodAccess;
import nl.cultuurschakel.binnenbuiten.story.NeighbourhoodHub;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;

/**
 * A neighbourhood as a hub: this year's figures, links to everything in it (each list
 * filtered on it) and its coming activities. Staff get it inside the neighbourhood page
 * (htmx); partner users open it as a page, only for the neighbourhoods where their
 * organisation is a member, and without contact moments.
 */
@Controller
@RequiredArgsConstructor
class NeighbourhoodOverviewController {

	static final int UPCOMING_SHOWN = 5;

	private final NeighbourhoodHub hub;

	private final NeighbourhoodService neighbourhoods;

	private final NeighbourhoodMembers members;

	private final NeighbourhoodAccess access;

	private final Clock clock;

	@GetMapping("/neighbourhoods/{id}/overview")
	String overview(@PathVariable Long id, @AuthenticationPrincipal CurrentUser user,
			@RequestHeader(name = "HX-Request", required = false) String htmx, Model model) {
		this.access.checkMaySee(user, id);
		model.addAttribute("neighbourhood", this.neighbourhoods.get(id));
		model.addAttribute("figures", this.hub.figures(id, user));
		model.addAttribute("upcoming", this.hub.upcoming(id, user, UPCOMING_SHOWN));
		model.addAttribute("staff", user.isStaff());
		if (htmx != null) {
			return "story/neighbourhood-overview :: overview";
		}
		model.addAttribute("members", this.members.membersOf(id, LocalDate.now(this.clock)));
		return "story/neighbourhood-overview";
	}

}
