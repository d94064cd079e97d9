package nl.cultuurschakel.binnenbuiten.activity.web;

import lombok.RequiredArgsConstructor;
import nl.cultuurschakel.binnenbuiten.account.CurrentUser;
import nl.cultuurschakel.binnenbuiten.activity.ActivityDetails;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The parts of the activity form that follow the chosen neighbourhood: for htmx the space
 * choice, the organisers (for partner users) and the source-idea choice (with its title
 * search) on their own; without JavaScript the whole form again, through its refresh
 * button, saving nothing.
 */
@Controller
@RequiredArgsConstructor
class ActivityChoicesController {

	private static final String FORM = "activities/form";

	private static final String FRAGMENTS = "activities/fragments/choices";

	private final ActivityFormSupport support;

	/**
	 * @param activity the activity being edited (its current space stays on offer)
	 */
	@GetMapping("/activities/form/spaces")
	String spaces(@ModelAttribute ActivityForm activityForm, BindingResult ignored,
			@RequestParam(name = "activity", required = false) Long activity, @AuthenticationPrincipal CurrentUser user,
			Model model) {
		ActivityDetails edited = edited(activity, user, model);
		this.support.addSpaceChoice(user, activityForm.getNeighbourhoodId(),
				(edited != null) ? edited.data().spaceId() : null, model);
		return FRAGMENTS + " :: spaces";
	}

	/**
	 * @param activity the activity being edited (its organisers stay on offer)
	 */
	@GetMapping("/activities/form/organisers")
	String organisers(@ModelAttribute ActivityForm activityForm, BindingResult ignored,
			@RequestParam(name = "activity", required = false) Long activity, @AuthenticationPrincipal CurrentUser user,
			Model model) {
		this.support.addOrganiserChoice(user, activityForm.getNeighbourhoodId(), edited(activity, user, model), model);
		return "activities/fragments/organisers :: organisers";
	}

	@GetMapping("/activities/form/ideas")
	String ideas(@ModelAttribute ActivityForm activityForm, BindingResult ignored,
			@AuthenticationPrincipal CurrentUser user, Model model) {
		this.support.addIdeaChoice(user, activityForm.getNeighbourhoodId(), activityForm.getIdeaQuery(),
				activityForm.getSourceIdeaId(), model);
		return FRAGMENTS + " :: ideas";
	}

	/**
	 * Without JavaScript: shows the new-activity form again with the spaces, ideas and
	 * (for partner users) organisers of the chosen neighbourhood (and the idea search
	 * applied), saving nothing.
	 */
	@PostMapping(path = "/activities", params = "refresh")
	String refreshNew(@ModelAttribute ActivityForm activityForm, BindingResult result,
			@AuthenticationPrincipal CurrentUser user, Model model) {
		this.support.addChoices(user, activityForm, null, model);
		return FORM;
	}

	/**
	 * As {@link #refreshNew}, for an activity being edited.
	 */
	@PostMapping(path = "/activities/{id}", params = "refresh")
	String refreshEdit(@PathVariable Long id, @ModelAttribute ActivityForm activityForm, BindingResult result,
			@AuthenticationPrincipal CurrentUser user, Model model) {
		ActivityDetails activity = this.support.changeable(id, user);
		model.addAttribute("activity", activity);
		this.support.addChoices(user, activityForm, activity, model);
		return FORM;
	}

	/**
	 * The activity being edited, which the user must be allowed to change; {@code null}
	 * for a new one.
	 */
	private ActivityDetails edited(Long activity, CurrentUser user, Model model) {
		ActivityDetails edited = (activity != null) ? this.support.changeable(activity, user) : null;
		model.addAttribute("activity", edited);
		return edited;
	}

}
