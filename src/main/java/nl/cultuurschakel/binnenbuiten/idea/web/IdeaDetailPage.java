package nl.cultuurschakel.binnenbuiten.idea.web;

import java.util.List;
import java.util.Objects;

import lombok.RequiredArgsConstructor;
import nl.cultuurschakel.binnenbuiten.idea.IdeaDetails;
import nl.cultuurschakel.binnenbuiten.idea.IdeaGrants;
import nl.cultuurschakel.binnenbuiten.idea.IdeaService;
import nl.cultuurschakel.binnenbuiten.idea.LinkedActivity;
import nl.cultuurschakel.binnenbuiten.neighbourhood.NeighbourhoodService;
import nl.cultuurschakel.binnenbuiten.partner.PartnerOption;
import nl.cultuurschakel.binnenbuiten.partner.PartnerService;
import nl.cultuurschakel.binnenbuiten.workshop.WorkshopService;

import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/**
 * The idea page ({@code ideas/detail}) with its chain (workshop, partners, grants,
 * activities), timeline and status form: shown by {@link IdeaController} and again by
 * {@link IdeaStatusController} when a status change is refused.
 */
@Component
@RequiredArgsConstructor
class IdeaDetailPage {

	static final String VIEW = "ideas/detail";

	private final IdeaService ideas;

	private final NeighbourhoodService neighbourhoods;

	private final PartnerService partners;

	private final WorkshopService workshops;

	private final IdeaGrants grants;

	String show(Long id, StatusForm statusForm, Model model) {
		IdeaDetails idea = this.ideas.get(id);
		List<LinkedActivity> activities = this.ideas.activitiesOf(id);
		List<PartnerOption> partnerOptions = this.partners.options();
		model.addAttribute("idea", idea);
		model.addAttribute("neighbourhoodNames", this.neighbourhoods.allNames());
		model.addAttribute("workshop",
				(idea.data().workshopId() != null) ? this.workshops.get(idea.data().workshopId()) : null);
		model.addAttribute("partnerOptions", partnerOptions);
		model.addAttribute("ideaPartners",
				partnerOptions.stream().filter((partner) -> idea.partnerIds().contains(partner.id())).toList());
		model.addAttribute("grants", this.grants.grantsOf(id));
		model.addAttribute("activities", activities);
		model.addAttribute("childrenReached",
				activities.stream()
					.map(LinkedActivity::childrenReached)
					.filter(Objects::nonNull)
					.mapToInt(Integer::intValue)
					.sum());
		model.addAttribute("linkable", this.ideas.linkableActivities(id));
		model.addAttribute("nextStatuses", idea.status().next());
		model.addAttribute("timeline", this.ideas.timeline(id));
		model.addAttribute("statusForm", statusForm);
		return VIEW;
	}

}
