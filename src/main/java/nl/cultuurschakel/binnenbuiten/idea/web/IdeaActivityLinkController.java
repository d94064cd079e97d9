package nl.cultuurschakel.binnenbuiten.idea.web;

import java.util.Map;
import java.util.Objects;

import lombok.RequiredArgsConstructor;
import nl.cultuurschakel.binnenbuiten.idea.IdeaDetails;
import nl.cultuurschakel.binnenbuiten.idea.IdeaService;
import nl.cultuurschakel.binnenbuiten.neighbourhood.NeighbourhoodService;
import nl.cultuurschakel.binnenbuiten.shared.web.Flash;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Linking an idea to the activity that realises it: the title search over the activities
 * it can be linked to (those of its neighbourhood without an idea) — a page of its own
 * without JavaScript, the results part only for htmx — and the link itself.
 */
@Controller
@RequiredArgsConstructor
class IdeaActivityLinkController {

	private static final int MAX_QUERY = 200;

	private final IdeaService ideas;

	private final NeighbourhoodService neighbourhoods;

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

	@PostMapping("/ideas/{id}/activities")
	String linkActivity(@PathVariable Long id, @RequestParam(required = false) Long activityId,
			RedirectAttributes redirect) {
		boolean linkable = activityId != null && this.ideas.linkableActivities(id)
			.stream()
			.anyMatch((activity) -> Objects.equals(activity.id(), activityId));
		if (!linkable) {
			return Flash.redirect(redirect, "idea.activity.notLinkable", "/ideas/" + id);
		}
		this.ideas.linkActivity(id, activityId);
		return Flash.redirect(redirect, "idea.activity.linked", "/ideas/" + id);
	}

}
