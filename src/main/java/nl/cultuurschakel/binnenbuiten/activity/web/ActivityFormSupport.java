package nl.cultuurschakel.binnenbuiten.activity.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

import lombok.RequiredArgsConstructor;
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
import nl.cultuurschakel.binnenbuiten.partner.NetworkMember;
import nl.cultuurschakel.binnenbuiten.partner.NetworkQueries;
import nl.cultuurschakel.binnenbuiten.partner.PartnerOption;
import nl.cultuurschakel.binnenbuiten.partner.PartnerService;
import nl.cultuurschakel.binnenbuiten.partner.SpaceOption;
import nl.cultuurschakel.binnenbuiten.shared.Discipline;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;

/**
 * What the activity form needs around the form object: the choices, the checks on what a
 * partner user posts, and the rules for the space and the source idea.
 */
@Component
@RequiredArgsConstructor
class ActivityFormSupport {

	private final ActivityService activities;

	private final ActivityAccess access;

	private final NeighbourhoodService neighbourhoods;

	private final PartnerService partners;

	private final NetworkQueries network;

	private final Clock clock;

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

	/**
	 * The partners the list can be filtered by: for staff every active partner, for a
	 * partner user those in the networks of the own neighbourhoods today (the names of
	 * organisations elsewhere are not theirs to see).
	 */
	List<PartnerOption> filterPartners(CurrentUser user) {
		Set<Long> visible = this.access.visibleNeighbourhoods(user);
		if (visible == null) {
			return this.partners.options();
		}
		Set<Long> members = currentMemberIds(visible);
		members.add(user.getPartnerId());
		return this.partners.options().stream().filter((partner) -> members.contains(partner.id())).toList();
	}

	/**
	 * Everything the form chooses from; the spaces and ideas, and for a partner user the
	 * organisers, follow the form's neighbourhood.
	 * @param activity the activity being edited, {@code null} for a new one
	 */
	void addChoices(CurrentUser user, ActivityForm form, ActivityDetails activity, Model model) {
		model.addAttribute("neighbourhoods", neighbourhoods(user));
		addOrganiserChoice(user, form.getNeighbourhoodId(), activity, model);
		model.addAttribute("disciplines", Discipline.values());
		model.addAttribute("costTypes", CostType.values());
		model.addAttribute("channels", PromotionChannel.values());
		model.addAttribute("recurrences", Recurrence.values());
		addSpaceChoice(user, form.getNeighbourhoodId(), storedSpace(activity), model);
		addIdeaChoice(user, form.getNeighbourhoodId(), form.getIdeaQuery(), form.getSourceIdeaId(), model);
	}

	/**
	 * The spaces on offer for the neighbourhood: those its network shares (the spaces of
	 * its current members), for a partner user also the own organisation's; when editing,
	 * the activity's current space stays on offer.
	 */
	void addSpaceChoice(CurrentUser user, Long neighbourhoodId, Long storedSpaceId, Model model) {
		List<SpaceOption> offered = new ArrayList<>(offeredSpaces(user, neighbourhoodId));
		if (storedSpaceId != null && offered.stream().noneMatch((space) -> space.id().equals(storedSpaceId))) {
			this.partners.findSpace(storedSpaceId)
				.ifPresent((space) -> offered.add(new SpaceOption(space.id(), space.name(), space.partnerId(),
						this.partners.names(Set.of(space.partnerId())).get(space.partnerId()), space.parallelUse())));
		}
		model.addAttribute("spaceOptions", offered);
		model.addAttribute("choiceNeighbourhood", neighbourhoodName(user, neighbourhoodId));
		model.addAttribute("ownSpacesToo", !user.isStaff());
	}

	/**
	 * The organisers on offer (see {@link #offeredOrganisers}); for a partner user the
	 * own organisation is fixed, and the list follows the neighbourhood.
	 */
	void addOrganiserChoice(CurrentUser user, Long neighbourhoodId, ActivityDetails activity, Model model) {
		model.addAttribute("organiserOptions", offeredOrganisers(user, neighbourhoodId, activity));
		model.addAttribute("fixedOrganisers", user.isStaff() ? Set.of() : Set.of(user.getPartnerId()));
		model.addAttribute("organisersFollowNeighbourhood", !user.isStaff());
		model.addAttribute("organiserNeighbourhood", neighbourhoodName(user, neighbourhoodId));
	}

	/**
	 * The partners the user may choose as organisers, by name. Staff: every active
	 * partner. A partner user: the own organisation and the active partners that are
	 * members of the neighbourhood's network today, when it is one of the user's
	 * neighbourhoods. When editing, the activity's organisers stay on offer.
	 * @param activity the activity being edited, {@code null} for a new one
	 */
	List<PartnerOption> offeredOrganisers(CurrentUser user, Long neighbourhoodId, ActivityDetails activity) {
		Set<Long> network = user.isStaff() ? null : networkOf(user, neighbourhoodId);
		Set<Long> kept = new HashSet<>((activity != null) ? activity.data().partnerIds() : Set.of());
		if (!user.isStaff()) {
			kept.add(user.getPartnerId());
		}
		List<PartnerOption> offered = new ArrayList<>();
		for (PartnerOption partner : this.partners.options()) {
			if (network == null || network.contains(partner.id()) || kept.contains(partner.id())) {
				offered.add(partner);
			}
			kept.remove(partner.id());
		}
		if (!kept.isEmpty()) {
			// Organisers that are no longer active stay on the activity until unticked.
			kept.forEach((id) -> this.partners.find(id)
				.ifPresent(
						(partner) -> offered.add(new PartnerOption(partner.id(), partner.name(), partner.domain()))));
			offered.sort(Comparator.comparing((PartnerOption partner) -> partner.name().toLowerCase()));
		}
		return offered;
	}

	/**
	 * The partners in the neighbourhood's network today, when the user may see it.
	 */
	private Set<Long> networkOf(CurrentUser user, Long neighbourhoodId) {
		if (neighbourhoodId == null || !this.access.maySee(user, neighbourhoodId)) {
			return Set.of();
		}
		return currentMemberIds(List.of(neighbourhoodId));
	}

	/**
	 * The partners in the networks of the neighbourhoods today.
	 */
	private Set<Long> currentMemberIds(Collection<Long> neighbourhoodIds) {
		return this.network.currentMembers(neighbourhoodIds, LocalDate.now(this.clock))
			.values()
			.stream()
			.flatMap(List::stream)
			.map(NetworkMember::partnerId)
			.collect(Collectors.toCollection(HashSet::new));
	}

	/**
	 * The ideas of the neighbourhood whose title contains the query, newest first; the
	 * chosen idea stays on offer when it belongs to the neighbourhood.
	 */
	void addIdeaChoice(CurrentUser user, Long neighbourhoodId, String query, Long chosenIdeaId, Model model) {
		Long shown = (neighbourhoodId != null && this.access.maySee(user, neighbourhoodId)) ? neighbourhoodId : null;
		List<SourceIdea> ideas = new ArrayList<>(this.activities.sourceIdeaOptions(shown, query));
		if (chosenIdeaId != null && ideas.stream().noneMatch((idea) -> idea.id().equals(chosenIdeaId))) {
			this.activities.sourceIdea(chosenIdeaId)
				.filter((idea) -> idea.neighbourhoodId().equals(shown))
				.ifPresent((idea) -> ideas.add(0, idea));
		}
		model.addAttribute("ideaOptions", ideas);
		model.addAttribute("choiceNeighbourhood", neighbourhoodName(user, neighbourhoodId));
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
	 * Validation beyond the annotations, as field errors. A space must be one the form
	 * offers for the neighbourhood (or the one the activity already has).
	 * @param activity the activity being edited, {@code null} for a new one
	 */
	void validate(CurrentUser user, ActivityForm form, ActivityDetails activity, BindingResult result) {
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
		else if (form.getSpaceId() != null && !form.getSpaceId().equals(storedSpace(activity))
				&& offeredSpaces(user, form.getNeighbourhoodId()).stream()
					.noneMatch((space) -> space.id().equals(form.getSpaceId()))) {
			result.rejectValue("spaceId", "activity.space.notShared");
		}
		if (!form.getPartnerIds().isEmpty()
				&& this.partners.names(form.getPartnerIds()).size() != form.getPartnerIds().size()) {
			result.rejectValue("partnerIds", "activity.partners.unknown");
		}
		else if (!user.isStaff() && !offeredOrganisers(user, form.getNeighbourhoodId(), activity).stream()
			.map(PartnerOption::id)
			.toList()
			.containsAll(form.getPartnerIds())) {
			result.rejectValue("partnerIds", "activity.partners.notOffered");
		}
	}

	private List<SpaceOption> offeredSpaces(CurrentUser user, Long neighbourhoodId) {
		Long network = (neighbourhoodId != null && this.access.maySee(user, neighbourhoodId)) ? neighbourhoodId : null;
		Long own = user.isStaff() ? null : user.getPartnerId();
		return this.partners.sharedSpaces(network, LocalDate.now(this.clock), own);
	}

	private String neighbourhoodName(CurrentUser user, Long neighbourhoodId) {
		return (neighbourhoodId != null && this.access.maySee(user, neighbourhoodId))
				? this.neighbourhoods.names(Set.of(neighbourhoodId)).get(neighbourhoodId) : null;
	}

	private static Long storedSpace(ActivityDetails activity) {
		return (activity != null) ? activity.data().spaceId() : null;
	}

}
