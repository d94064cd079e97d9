package nl.cultuurschakel.binnenbuiten.idea.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.validation.Valid;

import lombok.RequiredArgsConstructor;
import nl.cultuurschakel.binnenbuiten.account.CurrentUser;
import nl.cultuurschakel.binnenbuiten.idea.IdeaCard;
import nl.cultuurschakel.binnenbuiten.idea.IdeaDetails;
import nl.cultuurschakel.binnenbuiten.idea.IdeaFilter;
import nl.cultuurschakel.binnenbuiten.idea.IdeaGrants;
import nl.cultuurschakel.binnenbuiten.idea.IdeaService;
import nl.cultuurschakel.binnenbuiten.idea.IdeaStatus;
import nl.cultuurschakel.binnenbuiten.neighbourhood.NeighbourhoodService;
import nl.cultuurschakel.binnenbuiten.neighbourhood.NeighbourhoodSummary;
import nl.cultuurschakel.binnenbuiten.shared.Discipline;
import nl.cultuurschakel.binnenbuiten.shared.web.DeleteConfirmation;
import nl.cultuurschakel.binnenbuiten.shared.web.EditConflict;
import nl.cultuurschakel.binnenbuiten.shared.web.Flash;
import nl.cultuurschakel.binnenbuiten.shared.web.SortGuard;
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
 * The idea board and table, the idea page, and recording, editing and deleting ideas
 * (staff only). Its status, partners and activity links have controllers of their own:
 * {@link IdeaStatusController}, {@link IdeaPartnerController},
 * {@link IdeaActivityLinkController}.
 */
@Controller
@RequestMapping("/ideas")
@RequiredArgsConstructor
class IdeaController {

	private static final Set<String> SORTABLE = Set.of("title", "status", "collectedOn", "childrenCount", "discipline");

	private static final Sort NEWEST_FIRST = Sort.by("collectedOn").descending().and(Sort.by("title"));

	private static final String FORM = "ideas/form";

	private final IdeaService ideas;

	private final NeighbourhoodService neighbourhoods;

	private final WorkshopService workshops;

	private final IdeaGrants grants;

	private final IdeaDetailPage detailPage;

	private final Clock clock;

	@ModelAttribute("neighbourhoodOptions")
	List<NeighbourhoodSummary> neighbourhoodOptions() {
		return this.neighbourhoods.all();
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
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to, Sort sort,
			@ModelAttribute("neighbourhoodOptions") List<NeighbourhoodSummary> neighbourhoodOptions, Model model) {
		Sort asked = SortGuard.allow(sort, SORTABLE, Sort.unsorted());
		Sort order = asked.isSorted() ? asked.and(Sort.by("id")) : NEWEST_FIRST;
		List<IdeaCard> cards = this.ideas.find(new IdeaFilter(neighbourhood, discipline, from, to), order);
		Map<IdeaStatus, List<IdeaCard>> columns = new LinkedHashMap<>();
		for (IdeaStatus status : IdeaStatus.values()) {
			columns.put(status, cards.stream().filter((card) -> card.status() == status).toList());
		}
		model.addAttribute("neighbourhoodNames", NeighbourhoodSummary.namesOf(neighbourhoodOptions));
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
		return this.detailPage.show(id, statusForm, model);
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
		Long id = this.ideas.collect(ideaForm.toData(), user.asActor());
		return Flash.redirect(redirect, "idea.created", "/ideas/" + id);
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
			return Flash.redirect(redirect, "idea.saved", "/ideas/" + id);
		}
		catch (ObjectOptimisticLockingFailureException ex) {
			ideaForm.setVersion(EditConflict.show(this.ideas.get(id), result, model).version());
			return FORM;
		}
	}

	@GetMapping("/{id}/delete")
	String confirmDelete(@PathVariable Long id, Model model) {
		model.addAttribute("idea", this.ideas.get(id));
		return "ideas/delete";
	}

	@PostMapping("/{id}/delete")
	String delete(@PathVariable Long id, Model model, RedirectAttributes redirect) {
		if (!DeleteConfirmation.deleted(() -> this.ideas.delete(id), model)) {
			return confirmDelete(id, model);
		}
		return Flash.redirect(redirect, "idea.deleted", "/ideas");
	}

	private void check(IdeaForm form, BindingResult result) {
		if (form.getNeighbourhoodId() != null && !this.neighbourhoods.exists(form.getNeighbourhoodId())) {
			result.rejectValue("neighbourhoodId", "idea.neighbourhood.unknown");
		}
		if (form.getWorkshopId() != null && !this.workshops.exists(form.getWorkshopId())) {
			result.rejectValue("workshopId", "idea.workshop.unknown");
		}
	}

}
