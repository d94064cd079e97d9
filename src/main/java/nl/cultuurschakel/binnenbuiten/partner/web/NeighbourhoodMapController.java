package nl.cultuurschakel.binnenbuiten.partner.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import lombok.RequiredArgsConstructor;
import nl.cultuurschakel.binnenbuiten.account.CurrentUser;
import nl.cultuurschakel.binnenbuiten.neighbourhood.NeighbourhoodDetails;
import nl.cultuurschakel.binnenbuiten.neighbourhood.NeighbourhoodService;
import nl.cultuurschakel.binnenbuiten.partner.MapMember;
import nl.cultuurschakel.binnenbuiten.partner.MemberLocations;
import nl.cultuurschakel.binnenbuiten.partner.NeighbourhoodAccess;
import nl.cultuurschakel.binnenbuiten.partner.PartnerDomain;
import nl.cultuurschakel.binnenbuiten.shared.DenHaag;
import nl.cultuurschakel.binnenbuiten.shared.GeoPoint;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * The map of a neighbourhood's network: its current members and their shared spaces on a
 * map, and the same as a table (the text alternative, and all there is without
 * JavaScript). Staff see every neighbourhood's map, a partner user only those of the own
 * organisation's neighbourhoods.
 */
@Controller
@RequiredArgsConstructor
class NeighbourhoodMapController {

	private final NeighbourhoodService neighbourhoods;

	private final NeighbourhoodAccess access;

	private final MemberLocations locations;

	private final Clock clock;

	@GetMapping("/neighbourhoods/{id}/map")
	String show(@PathVariable Long id, @AuthenticationPrincipal CurrentUser user, Model model) {
		NeighbourhoodDetails neighbourhood = this.neighbourhoods.get(id);
		this.access.checkMaySee(user, id);
		List<MapMember> members = this.locations.of(id, LocalDate.now(this.clock));
		GeoPoint centre = neighbourhood.hasPosition()
				? new GeoPoint(neighbourhood.latitude(), neighbourhood.longitude()) : DenHaag.CENTRE;
		model.addAttribute("neighbourhood", neighbourhood);
		model.addAttribute("centre", centre);
		model.addAttribute("members", members);
		model.addAttribute("unlocated", members.stream().filter((member) -> !member.located()).toList());
		model.addAttribute("domains", PartnerDomain.values());
		return "partners/map";
	}

}
