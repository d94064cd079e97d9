package nl.cultuurschakel.binnenbuiten.workshop.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.validation.Valid;

import lombok.RequiredArgsConstructor;
import nl.cultuurschakel.binnenbuiten.neighbourhood.NeighbourhoodService;
import nl.cultuurschakel.binnenbuiten.neighbourhood.NeighbourhoodSummary;
import nl.cultuurschakel.binnenbuiten.partner.PartnerOption;
import nl.cultuurschakel.binnenbuiten.partner.PartnerService;
import nl.cultuurschakel.binnenbuiten.shared.Discipline;
import nl.cultuurschakel.binnenbuiten.shared.web.DeleteConfirmation;
import nl.cultuurschakel.binnenbuiten.shared.web.EditConflict;
import nl.cultuurschakel.binnenbuiten.shared.web.Flash;
import nl.cultuurschakel.binnenbuiten.shared.web.SortGuard;
import nl.cultuurschakel.binnenbuiten.workshop.WorkshopDetails;
import nl.cultuurschakel.binnenbuiten.workshop.WorkshopIdeas;
import nl.cultuurschakel.binnenbuiten.workshop.WorkshopService;

import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.web.PageableDefault;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
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
 * Workshop list with totals, detail (with its ideas), create, edit and delete (staff
 * only).
 */
@Controller
@RequestMapping("/workshops")
@RequiredArgsConstructor
class WorkshopController {

	private static final Set<String> SORTABLE = Set.of("heldOn", "childrenSpoken");

	private static final String FORM = "workshops/form";

	private final WorkshopService workshops;

	private final NeighbourhoodService neighbourhoods;

	private final PartnerService partners;

	private final WorkshopIdeas ideas;

	private final Clock clock;

	@ModelAttribute("neighbourhoodOptions")
	List<NeighbourhoodSummary> neighbourhoodOptions() {
		return this.neighbourhoods.all();
	}

	@ModelAttribute("partnerOptions")
	List<PartnerOption> partnerOptions() {
		return this.partners.options();
	}

	@ModelAttribute("neighbourhoodNames")
	Map<Long, String> neighbourhoodNames(@ModelAttribute("neighbourhoodOptions") List<NeighbourhoodSummary> options) {
		return NeighbourhoodSummary.namesOf(options);
	}

	@ModelAttribute("partnerNames")
	Map<Long, String> partnerNames(@ModelAttribute("partnerOptions") List<PartnerOption> options) {
		return options.stream().collect(Collectors.toMap(PartnerOption::id, PartnerOption::name));
	}

	@GetMapping
	String list(@RequestParam(required = false) Long neighbourhood, @RequestParam(required = false) Long partner,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
			@PageableDefault(size = 25, sort = "heldOn", direction = Sort.Direction.DESC) Pageable pageable,
			Model model) {
		model.addAttribute("workshops", this.workshops.find(neighbourhood, partner, from, to,
				SortGuard.allow(pageable, SORTABLE, Sort.by(Sort.Direction.DESC, "heldOn"))));
		model.addAttribute("totals", this.workshops.totals(neighbourhood, partner, from, to));
		model.addAttribute("neighbourhood", neighbourhood);
		model.addAttribute("partner", partner);
		model.addAttribute("from", from);
		model.addAttribute("to", to);
		return "workshops/list";
	}

	@GetMapping("/{id}")
	String show(@PathVariable Long id, Model model) {
		model.addAttribute("workshop", this.workshops.get(id));
		model.addAttribute("ideas", this.ideas.ideasOf(id));
		model.addAttribute("disciplines", Discipline.values());
		return "workshops/detail";
	}

	@GetMapping("/new")
	String newForm(Model model) {
		WorkshopForm form = new WorkshopForm();
		form.setHeldOn(LocalDate.now(this.clock));
		model.addAttribute("workshopForm", form);
		return FORM;
	}

	@PostMapping
	String create(@Valid @ModelAttribute WorkshopForm workshopForm, BindingResult result, RedirectAttributes redirect) {
		check(workshopForm, result);
		if (result.hasErrors()) {
			return FORM;
		}
		Long id = this.workshops.create(workshopForm.toData());
		return Flash.redirect(redirect, "workshop.created", "/workshops/" + id);
	}

	@GetMapping("/{id}/edit")
	String editForm(@PathVariable Long id, Model model) {
		WorkshopDetails workshop = this.workshops.get(id);
		model.addAttribute("workshop", workshop);
		model.addAttribute("workshopForm", WorkshopForm.of(workshop));
		return FORM;
	}

	@PostMapping("/{id}")
	String update(@PathVariable Long id, @Valid @ModelAttribute WorkshopForm workshopForm, BindingResult result,
			Model model, RedirectAttributes redirect) {
		model.addAttribute("workshop", this.workshops.get(id));
		check(workshopForm, result);
		if (result.hasErrors()) {
			return FORM;
		}
		try {
			this.workshops.update(id, workshopForm.toData(), workshopForm.getVersion());
			return Flash.redirect(redirect, "workshop.saved", "/workshops/" + id);
		}
		catch (ObjectOptimisticLockingFailureException ex) {
			workshopForm.setVersion(EditConflict.show(this.workshops.get(id), result, model).version());
			return FORM;
		}
	}

	@GetMapping("/{id}/delete")
	String confirmDelete(@PathVariable Long id, Model model) {
		model.addAttribute("workshop", this.workshops.get(id));
		return "workshops/delete";
	}

	@PostMapping("/{id}/delete")
	String delete(@PathVariable Long id, Model model, RedirectAttributes redirect) {
		if (!DeleteConfirmation.deleted(() -> this.workshops.delete(id), model)) {
			return confirmDelete(id, model);
		}
		return Flash.redirect(redirect, "workshop.deleted", "/workshops");
	}

	private void check(WorkshopForm form, BindingResult result) {
		if (form.hasInvertedAges()) {
			result.rejectValue("ageTo", "workshop.ages.order");
		}
		if (form.getNeighbourhoodId() != null && !this.neighbourhoods.exists(form.getNeighbourhoodId())) {
			result.rejectValue("neighbourhoodId", "workshop.neighbourhood.unknown");
		}
		Set<Long> partnerIds = partnerOptions().stream().map(PartnerOption::id).collect(Collectors.toSet());
		if (form.getVenuePartnerId() != null && !partnerIds.contains(form.getVenuePartnerId())) {
			result.rejectValue("venuePartnerId", "workshop.partner.unknown");
		}
		if (form.getFacilitatorPartnerId() != null && !partnerIds.contains(form.getFacilitatorPartnerId())) {
			result.rejectValue("facilitatorPartnerId", "workshop.partner.unknown");
		}
	}

}
