package nl.cultuurschakel.binnenbuiten.neighbourhood.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.validation.Valid;

import lombok.RequiredArgsConstructor;
import nl.cultuurschakel.binnenbuiten.account.CurrentUser;
import nl.cultuurschakel.binnenbuiten.neighbourhood.District;
import nl.cultuurschakel.binnenbuiten.neighbourhood.EcosystemPhase;
import nl.cultuurschakel.binnenbuiten.neighbourhood.NeighbourhoodDetails;
import nl.cultuurschakel.binnenbuiten.neighbourhood.NeighbourhoodMember;
import nl.cultuurschakel.binnenbuiten.neighbourhood.NeighbourhoodMembers;
import nl.cultuurschakel.binnenbuiten.neighbourhood.NeighbourhoodNameTakenException;
import nl.cultuurschakel.binnenbuiten.neighbourhood.NeighbourhoodService;
import nl.cultuurschakel.binnenbuiten.shared.web.DeleteConfirmation;
import nl.cultuurschakel.binnenbuiten.shared.web.EditConflict;
import nl.cultuurschakel.binnenbuiten.shared.web.Flash;
import nl.cultuurschakel.binnenbuiten.shared.web.SortGuard;

import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.web.PageableDefault;
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
 * Neighbourhood list, detail, create, edit, phase change and delete (staff only).
 */
@Controller
@RequestMapping("/neighbourhoods")
@RequiredArgsConstructor
class NeighbourhoodController {

	private static final Set<String> SORTABLE = Set.of("name", "district", "phase", "activeSince");

	private static final String FORM = "neighbourhoods/form";

	private final NeighbourhoodService neighbourhoods;

	private final NeighbourhoodMembers members;

	private final Clock clock;

	@ModelAttribute("districts")
	District[] districts() {
		return District.values();
	}

	@ModelAttribute("phases")
	EcosystemPhase[] phases() {
		return EcosystemPhase.values();
	}

	@GetMapping
	String list(@RequestParam(required = false) District district, @RequestParam(required = false) EcosystemPhase phase,
			@PageableDefault(size = 25, sort = "name") Pageable pageable, Model model) {
		model.addAttribute("neighbourhoods",
				this.neighbourhoods.find(district, phase, SortGuard.allow(pageable, SORTABLE, Sort.by("name"))));
		model.addAttribute("district", district);
		model.addAttribute("phase", phase);
		return "neighbourhoods/list";
	}

	@GetMapping("/{id}")
	String show(@PathVariable Long id, Model model) {
		NeighbourhoodDetails neighbourhood = this.neighbourhoods.get(id);
		PhaseForm phaseForm = new PhaseForm();
		phaseForm.setPhase(neighbourhood.phase());
		phaseForm.setChangedOn(LocalDate.now(this.clock));
		return detail(neighbourhood, phaseForm, model);
	}

	@GetMapping("/new")
	String newForm(Model model) {
		model.addAttribute("neighbourhoodForm", new NeighbourhoodForm());
		return FORM;
	}

	@PostMapping
	String create(@AuthenticationPrincipal CurrentUser user, @Valid @ModelAttribute NeighbourhoodForm neighbourhoodForm,
			BindingResult result, RedirectAttributes redirect) {
		if (neighbourhoodForm.getPhase() == null) {
			result.rejectValue("phase", "NotNull");
		}
		if (result.hasErrors()) {
			return FORM;
		}
		try {
			LocalDate since = (neighbourhoodForm.getActiveSince() != null) ? neighbourhoodForm.getActiveSince()
					: LocalDate.now(this.clock);
			Long id = this.neighbourhoods.create(neighbourhoodForm.toData(), neighbourhoodForm.getPhase(), since,
					user.getId());
			return Flash.redirect(redirect, "neighbourhood.created", "/neighbourhoods/" + id);
		}
		catch (NeighbourhoodNameTakenException ex) {
			result.rejectValue("name", "neighbourhood.name.taken");
			return FORM;
		}
	}

	@GetMapping("/{id}/edit")
	String editForm(@PathVariable Long id, Model model) {
		NeighbourhoodDetails neighbourhood = this.neighbourhoods.get(id);
		model.addAttribute("neighbourhood", neighbourhood);
		model.addAttribute("neighbourhoodForm", NeighbourhoodForm.of(neighbourhood));
		return FORM;
	}

	@PostMapping("/{id}")
	String update(@PathVariable Long id, @Valid @ModelAttribute NeighbourhoodForm neighbourhoodForm,
			BindingResult result, Model model, RedirectAttributes redirect) {
		NeighbourhoodDetails neighbourhood = this.neighbourhoods.get(id);
		model.addAttribute("neighbourhood", neighbourhood);
		if (result.hasErrors()) {
			return FORM;
		}
		try {
			this.neighbourhoods.update(id, neighbourhoodForm.toData(), neighbourhoodForm.getVersion());
			return Flash.redirect(redirect, "neighbourhood.saved", "/neighbourhoods/" + id);
		}
		catch (NeighbourhoodNameTakenException ex) {
			result.rejectValue("name", "neighbourhood.name.taken");
		}
		catch (ObjectOptimisticLockingFailureException ex) {
			neighbourhoodForm.setVersion(EditConflict.show(this.neighbourhoods.get(id), result, model).version());
		}
		return FORM;
	}

	@PostMapping("/{id}/phase")
	String changePhase(@PathVariable Long id, @AuthenticationPrincipal CurrentUser user,
			@Valid @ModelAttribute PhaseForm phaseForm, BindingResult result, Model model,
			RedirectAttributes redirect) {
		if (result.hasErrors()) {
			// What was chosen stays chosen, also an empty choice.
			return detail(this.neighbourhoods.get(id), phaseForm, model);
		}
		this.neighbourhoods.changePhase(id, phaseForm.getPhase(), phaseForm.getChangedOn(), user.getId());
		return Flash.redirect(redirect, "neighbourhood.phase.changed", "/neighbourhoods/" + id);
	}

	@GetMapping("/{id}/delete")
	String confirmDelete(@PathVariable Long id, Model model) {
		model.addAttribute("neighbourhood", this.neighbourhoods.get(id));
		return "neighbourhoods/delete";
	}

	@PostMapping("/{id}/delete")
	String delete(@PathVariable Long id, Model model, RedirectAttributes redirect) {
		if (!DeleteConfirmation.deleted(() -> this.neighbourhoods.delete(id), model)) {
			return confirmDelete(id, model);
		}
		return Flash.redirect(redirect, "neighbourhood.deleted", "/neighbourhoods");
	}

	private String detail(NeighbourhoodDetails neighbourhood, PhaseForm phaseForm, Model model) {
		Long id = neighbourhood.id();
		List<NeighbourhoodMember> current = this.members.membersOf(id, LocalDate.now(this.clock));
		model.addAttribute("neighbourhood", neighbourhood);
		model.addAttribute("membersByDomain", current.stream()
			.collect(Collectors.groupingBy(NeighbourhoodMember::domain, LinkedHashMap::new, Collectors.toList())));
		model.addAttribute("memberCount", current.size());
		model.addAttribute("knowledgePartnerCount",
				current.stream().filter(NeighbourhoodMember::knowledgePartner).count());
		model.addAttribute("phaseHistory", this.neighbourhoods.phaseHistory(id));
		model.addAttribute("phaseForm", phaseForm);
		return "neighbourhoods/detail";
	}

}
