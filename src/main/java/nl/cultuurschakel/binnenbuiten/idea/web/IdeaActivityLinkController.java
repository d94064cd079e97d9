package nl.cultuurschakel.binnenbuiten.idea.web;

import java.util.Map;

import nl.cultuurschakel.binnenbuiten.idea.IdeaDetails;
import nl.cultuurschakel.binnenbuiten.idea.IdeaService;
import nl.cultuurschakel.binnenbuiten.neighbourhood.NeighbourhoodService;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

/**
 * The title search over the activities an idea can be linked to (those of its
 * neighbourhood without an idea): a page of its own without JavaScript, the results part
 * only for htmx. Linking itself stays on the idea page.
 */
@Controller
class IdeaActivityLinkController {

	private static final int MAX_QUERY = 200;

	private final IdeaService ideas;

	private final NeighbourhoodService neighbourhoods;

	IdeaActivityLinkController(IdeaService ideas, NeighbourhoodService neighbourhoods) {
		this.ideas = ideas;
		this.neighbourhoods = neighbourhoods;
	}

	@GetMapping("/ideas/{id}/linkable-activities")
	String search(@PathVariable Long id, @RequestParam(required = false) String activityQuery,
			@RequestHeader(name = "HX-Request", required = false) String htmx, Model model) {
		if (activityQuery != null && activityQuery.length() > MAX_QUERY) {
			throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "Search text too long");
		}
		IdeaDetails idea = this.ideas.get(id);
		Long neighbourhoodId = idea.data().neighbourhoodId();
		model.addAttribute("idea", idea);
		model.addAttribute("activityQuery", activityQuery);
		model.addAttribute("linkable", this.ideas.linkableActivities(id, activityQuery));
		model.addAttribute("neighbourhoodNames",
				Map.of(neighbourhoodId, this.neighbourhoods.get(neighbourhoodId).name()));
		return (htmx != null) ? "ideas/fragments/activity-link :: linkable" : "ideas/link-activity";
	}

}
