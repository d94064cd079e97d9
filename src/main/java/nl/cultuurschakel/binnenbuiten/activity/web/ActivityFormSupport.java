package nl.cultuurschakel.binnenbuiten.activity.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;

import nl.cultuurschakel.binnenbuiten.account.CurrentUser;
import nl.cultuurschakel.binnenbuiten.activity.ActivityAccess;
import nl.cultuurschakel.binnenbuiten.activity.ActivityDetails;
import nl.cultuurschakel.binnenbuiten.activity.ActivityService;
import nl.cultuurschakel.binnenbuiten.activity.CostType;
import nl.cultuurschakel.binnenbuiten.activity.PromotionChannel;
import nl.cultuurschakel.binnenbuiten.activity.Recurrence;
import nl.cultuurschakel.binnenbuiten.activity.SourceIdeas.SourceIdea;
import nl.cultuurschakel.binnenbuiten.neighbourhood.NeighbourhoodService;
import nl.cultuurschakel.binnenbuiten.neighbourhood.NeighbourhoodSummary;
import nl.cultuurschakel.binnenbuiten.partner.PartnerService;
import nl.cultuurschakel.binnenbuiten.shared.Discipline;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;

/**
 * What the activity form needs around the form object: the choices, the checks on what a
 * partner user posts, and the source-idea rule.
 */
@Component
class ActivityFormSupport {

	private final ActivityService activities;

	private final ActivityAccess access;

	private final NeighbourhoodService neighbourhoods;

	private final PartnerService partners;

	ActivityFormSupport(ActivityService activities, ActivityAccess access, NeighbourhoodService neighbourhoods,
			PartnerService partners) {
		this.activities = activities;
		this.access = access;
		this.neighbourhoods = neighbourhoods;
		this.partners = partners;
	}

	/**
	 * An activity the user may see; otherwise 404, as if it did not exist.
	 */
	ActivityDetails visible(Long id, CurrentUser user) {
		ActivityDetails activity = this.activities.get(id);
		this.access.checkMaySee(user, activity);
		return activity;
	}

	/**
	 * An activity the user may see (else 404) and change (else 403).
	 */
	ActivityDetails changeable(Long id, CurrentUser user) {
		ActivityDetails activity = visible(id, user);
		this.access.checkMayChange(user, activity.data());
		return activity;
	}

	/**
	 * The neighbourhoods the user may plan in (partner users: their own).
	 */
	List<NeighbourhoodSummary> neighbourhoods(CurrentUser user) {
		Set<Long> visible = this.access.visibleNeighbourhoods(user);
		return this.neighbourhoods.all()
			.stream()
			.filter((neighbourhood) -> visible == null || visible.contains(neighbourhood.id()))
			.toList();
	}

	void addChoices(CurrentUser user, Model model) {
		List<NeighbourhoodSummary> allowed = neighbourhoods(user);
		model.addAttribute("neighbourhoods", allowed);
		model.addAttribute("partnerOptions", this.partners.options());
		model.addAttribute("spaceOptions", this.partners.spaceOptions());
		model.addAttribute("disciplines", Discipline.values());
		model.addAttribute("costTypes", CostType.values());
		model.addAttribute("channels", PromotionChannel.values());
		model.addAttribute("recurrences", Recurrence.values());
		model.addAttribute("ideasAvailable", this.activities.sourceIdeasAvailable());
		List<SourceIdea> ideas = new ArrayList<>();
		allowed.forEach((neighbourhood) -> ideas.addAll(this.activities.sourceIdeaOptions(neighbourhood.id())));
		model.addAttribute("ideaOptions", ideas);
	}

	/**
	 * A partner user may only post activities that the own organisation organises, in the
	 * own neighbourhoods: anything else is refused outright (403), not explained.
	 */
	void checkPosted(CurrentUser user, ActivityForm form) {
		if (user.isStaff()) {
			return;
		}
		boolean ownOrganisation = form.getPartnerIds()
			.stream()
			.anyMatch((id) -> Objects.equals(id, user.getPartnerId()));
		boolean ownNeighbourhood = form.getNeighbourhoodId() == null
				|| this.access.maySee(user, form.getNeighbourhoodId());
		if (!ownOrganisation || !ownNeighbourhood) {
			throw new AccessDeniedException("Not your organisation or neighbourhood");
		}
	}

	/**
	 * Validation beyond the annotations, as field errors.
	 */
	void validate(ActivityForm form, BindingResult result, boolean series) {
		form.validate(result, series);
		if (form.getSourceIdeaId() != null && !result.hasFieldErrors("neighbourhoodId")
				&& !this.activities.isValidSourceIdea(form.getSourceIdeaId(), form.getNeighbourhoodId())) {
			result.rejectValue("sourceIdeaId", "activity.sourceIdea.invalid");
		}
		if (form.getNeighbourhoodId() != null && !this.neighbourhoods.exists(form.getNeighbourhoodId())) {
			result.rejectValue("neighbourhoodId", "activity.neighbourhood.unknown");
		}
		if (form.getSpaceId() != null && this.partners.findSpace(form.getSpaceId()).isEmpty()) {
			result.rejectValue("spaceId", "activity.space.unknown");
		}
		if (!form.getPartnerIds().isEmpty()
				&& this.partners.names(form.getPartnerIds()).size() != form.getPartnerIds().size()) {
			result.rejectValue("partnerIds", "activity.partners.unknown");
		}
	}

}
