package nl.cultuurschakel.binnenbuiten.idea.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.validation.Valid;

import nl.cultuurschakel.binnenbuiten.account.Actor;
import nl.cultuurschakel.binnenbuiten.account.CurrentUser;
import nl.cultuurschakel.binnenbuiten.idea.IdeaCard;
import nl.cultuurschakel.binnenbuiten.idea.IdeaDetails;
import nl.cultuurschakel.binnenbuiten.idea.IdeaFilter;
import nl.cultuurschakel.binnenbuiten.idea.IdeaGrants;
import nl.cultuurschakel.binnenbuiten.idea.IdeaService;
import nl.cultuurschakel.binnenbuiten.idea.IdeaStatus;
import nl.cultuurschakel.binnenbuiten.idea.IdeaTransitionException;
import nl.cultuurschakel.binnenbuiten.idea.LinkedActivity;
import nl.cultuurschakel.binnenbuiten.neighbourhood.NeighbourhoodService;
import nl.cultuurschakel.binnenbuiten.neighbourhood.NeighbourhoodSummary;
import nl.cultuurschakel.binnenbuiten.partner.PartnerOption;
import nl.cultuurschakel.binnenbuiten.partner.PartnerService;
import nl.cultuurschakel.binnenbuiten.shared.Discipline;
import nl.cultuurschakel.binnenbuiten.shared.InUseException;
import nl.cultuurschakel.binnenbuiten.shared.web.DeleteConfirmation;
import nl.cultuurschakel.binnenbuiten.shared.web.EditConflict;
import nl.cultuurschakel.binnenbuiten.workshop.WorkshopService;

import org.springframework.data.domain.Sort;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The idea board and table, the idea page with its chain and timeline, and recording,
 * editing, moving and deleting ideas (staff only).
 */
@Controller
@RequestMapping("/ideas")
class IdeaController {

	private static final Set<String> SORTABLE = Set.of("title", "status", "collectedOn", "childrenCount", "discipline");

	private static final String FORM = "ideas/form";

	private final IdeaService ideas;

	private final NeighbourhoodService neighbourhoods;

	private final PartnerService partners;

	private final WorkshopService workshops;

	private final IdeaGrants grants;

	private final Clock clock;

	IdeaController(IdeaService ideas, NeighbourhoodService neighbourhoods, PartnerService partners,
			WorkshopService workshops, IdeaGrants grants, Clock clock) {
		this.ideas = ideas;
		this.neighbourhoods = neighbourhoods;
		this.partners = partners;
		this.workshops = workshops;
		this.grants = grants;
		this.clock = clock;
	}

	@ModelAttribute("neighbourhoodOptions")
	List<NeighbourhoodSummary> neighbourhoodOptions() {
		return this.neighbourhoods.all();
	}

	@ModelAttribute("neighbourhoodNames")
	Map<Long, String> neighbourhoodNames() {
		return this.neighbourhoods.allNames();
	}

	@ModelAttribute("disciplines")
	Discipline[] disciplines() {
		return Discipline.values();
	}

	@ModelAttribute("statuses")
	IdeaStatus[] statuses() {
		return IdeaStatus.values();
	}

	@GetMapping
	String board(@RequestParam(required = false) Long neighbourhood,
			@RequestParam(required = false) Discipline discipline,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
			@RequestParam(required = false) String sort, Model model) {
		Sort order = sortOf(sort);
		List<IdeaCard> cards = this.ideas.find(new IdeaFilter(neighbourhood, discipline, from, to), order);
		Map<IdeaStatus, List<IdeaCard>> columns = new LinkedHashMap<>();
		for (IdeaStatus status : IdeaStatus.values()) {
			columns.put(status, cards.stream().filter((card) -> card.status() == status).toList());
		}
		model.addAttribute("grantStatus", this.grants.latestGrantStatus(cards.stream().map(IdeaCard::id).toList()));
		model.addAttribute("cards", cards);
		model.addAttribute("columns", columns);
		model.addAttribute("sort", order);
		model.addAttribute("neighbourhood", neighbourhood);
		model.addAttribute("discipline", discipline);
		model.addAttribute("from", from);
		model.addAttribute("to", to);
		return "ideas/board";
	}

	@GetMapping("/{id}")
	String show(@PathVariable Long id, Model model) {
		StatusForm statusForm = new StatusForm();
		statusForm.setChangedOn(LocalDate.now(this.clock));
		return detail(id, statusForm, model);
	}

	@GetMapping("/new")
	String newForm(@RequestParam(required = false) Long neighbourhood, Model model) {
		IdeaForm form = new IdeaForm();
		form.setNeighbourhoodId(neighbourhood);
		form.setCollectedOn(LocalDate.now(this.clock));
		model.addAttribute("ideaForm", form);
		return FORM;
	}

	@PostMapping
	String create(@AuthenticationPrincipal CurrentUser user, @Valid @ModelAttribute IdeaForm ideaForm,
			BindingResult result, RedirectAttributes redirect) {
		check(ideaForm, result);
		if (result.hasErrors()) {
			return FORM;
		}
		Long id = this.ideas.collect(ideaForm.toData(), actor(user));
		redirect.addFlashAttribute("flash", "idea.created");
		return "redirect:/ideas/" + id;
	}

	@GetMapping("/{id}/edit")
	String editForm(@PathVariable Long id, Model model) {
		IdeaDetails idea = this.ideas.get(id);
		model.addAttribute("idea", idea);
		model.addAttribute("ideaForm", IdeaForm.of(idea));
		return FORM;
	}

	@PostMapping("/{id}")
	String update(@PathVariable Long id, @Valid @ModelAttribute IdeaForm ideaForm, BindingResult result, Model model,
			RedirectAttributes redirect) {
		IdeaDetails idea = this.ideas.get(id);
		model.addAttribute("idea", idea);
		check(ideaForm, result);
		if (result.hasErrors()) {
			return FORM;
		}
		try {
			this.ideas.update(id, ideaForm.toData(), ideaForm.getVersion());
			redirect.addFlashAttribute("flash", "idea.saved");
			return "redirect:/ideas/" + id;
		}
		catch (ObjectOptimisticLockingFailureException ex) {
			IdeaDetails current = this.ideas.get(id);
			ideaForm.setVersion(current.version());
			EditConflict.show(current, result, model);
			return FORM;
		}
	}

	@PostMapping("/{id}/status")
	String changeStatus(@PathVariable Long id, @AuthenticationPrincipal CurrentUser user,
			@Valid @ModelAttribute StatusForm statusForm, BindingResult result, Model model,
			RedirectAttributes redirect) {
		if (!result.hasErrors()) {
			try {
				this.ideas.changeStatus(id, statusForm.getStatus(), statusForm.getChangedOn(), statusForm.getNote(),
						actor(user));
				redirect.addFlashAttribute("flash", "idea.status.changed");
				return "redirect:/ideas/" + id;
			}
			catch (IdeaTransitionException ex) {
				// The reason to park is asked in the note field; the error summary names
				// it.
				if ("idea.transition.reasonRequired".equals(ex.reason())) {
					result.rejectValue("note", ex.reason());
				}
				else {
					result.reject(ex.reason());
				}
			}
		}
		return detail(id, statusForm, model);
	}

	@PostMapping("/{id}/partners")
	String setPartners(@PathVariable Long id, @RequestParam(name = "partnerIds", required = false) Set<Long> partnerIds,
			RedirectAttributes redirect) {
		Set<Long> known = this.partners.options().stream().map(PartnerOption::id).collect(Collectors.toSet());
		Set<Long> chosen = (partnerIds != null) ? partnerIds : Set.of();
		this.ideas.get(id);
		if (!known.containsAll(chosen)) {
			redirect.addFlashAttribute("flash", "idea.partners.unknown");
			return "redirect:/ideas/" + id;
		}
		this.ideas.setPartners(id, chosen);
		redirect.addFlashAttribute("flash", "idea.partners.saved");
		return "redirect:/ideas/" + id;
	}

	@PostMapping("/{id}/activities")
	String linkActivity(@PathVariable Long id, @RequestParam(required = false) Long activityId,
			RedirectAttributes redirect) {
		boolean linkable = activityId != null && this.ideas.linkableActivities(id)
			.stream()
			.anyMatch((activity) -> Objects.equals(activity.id(), activityId));
		if (!linkable) {
			redirect.addFlashAttribute("flash", "idea.activity.notLinkable");
			return "redirect:/ideas/" + id;
		}
		this.ideas.linkActivity(id, activityId);
		redirect.addFlashAttribute("flash", "idea.activity.linked");
		return "redirect:/ideas/" + id;
	}

	@GetMapping("/{id}/delete")
	String confirmDelete(@PathVariable Long id, Model model) {
		model.addAttribute("idea", this.ideas.get(id));
		return "ideas/delete";
	}

	@PostMapping("/{id}/delete")
	String delete(@PathVariable Long id, Model model, RedirectAttributes redirect) {
		try {
			this.ideas.delete(id);
			redirect.addFlashAttribute("flash", "idea.deleted");
			return "redirect:/ideas";
		}
		catch (InUseException ex) {
			DeleteConfirmation.stillInUse(model);
			return confirmDelete(id, model);
		}
	}

	private String detail(Long id, StatusForm statusForm, Model model) {
		IdeaDetails idea = this.ideas.get(id);
		List<LinkedActivity> activities = this.ideas.activitiesOf(id);
		List<PartnerOption> partnerOptions = this.partners.options();
		model.addAttribute("idea", idea);
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
		return "ideas/detail";
	}

	private void check(IdeaForm form, BindingResult result) {
		if (form.getNeighbourhoodId() != null && !this.neighbourhoods.exists(form.getNeighbourhoodId())) {
			result.rejectValue("neighbourhoodId", "idea.neighbourhood.unknown");
		}
		if (form.getWorkshopId() != null && !this.workshops.exists(form.getWorkshopId())) {
			result.rejectValue("workshopId", "idea.workshop.unknown");
		}
	}

	static Actor actor(CurrentUser user) {
		return new Actor(user.getId(), user.getDisplayName());
	}

	private static Sort sortOf(String sort) {
		if (sort == null) {
			return Sort.by("collectedOn").descending().and(Sort.by("title"));
		}
		String[] parts = sort.split(",");
		if (!SORTABLE.contains(parts[0])) {
			return Sort.by("collectedOn").descending().and(Sort.by("title"));
		}
		Sort.Direction direction = (parts.length > 1 && "desc".equalsIgnoreCase(parts[1])) ? Sort.Direction.DESC
				: Sort.Direction.ASC;
		return Sort.by(direction, parts[0]).and(Sort.by("id"));
	}

}
