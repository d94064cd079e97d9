package nl.cultuurschakel.binnenbuiten.partner.web;

import java.util.Set;

import jakarta.validation.Valid;

import lombok.RequiredArgsConstructor;
import nl.cultuurschakel.binnenbuiten.neighbourhood.NeighbourhoodService;
import nl.cultuurschakel.binnenbuiten.partner.ContactPersonErasures;
import nl.cultuurschakel.binnenbuiten.partner.MembershipService;
import nl.cultuurschakel.binnenbuiten.partner.OfferTag;
import nl.cultuurschakel.binnenbuiten.partner.PartnerDetails;
import nl.cultuurschakel.binnenbuiten.partner.PartnerDomain;
import nl.cultuurschakel.binnenbuiten.partner.PartnerFilter;
import nl.cultuurschakel.binnenbuiten.partner.PartnerNameTakenException;
import nl.cultuurschakel.binnenbuiten.partner.PartnerService;
import nl.cultuurschakel.binnenbuiten.shared.web.EditConflict;
import nl.cultuurschakel.binnenbuiten.shared.web.Flash;
import nl.cultuurschakel.binnenbuiten.shared.web.SortGuard;

import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.web.PageableDefault;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The partner registry for staff: search, profile, create, edit, (de)activate.
 */
@Controller
@RequestMapping("/partners")
@RequiredArgsConstructor
class PartnerController {

	private static final Set<String> SORTABLE = Set.of("name", "domain", "knowledgePartner", "contactName", "active");

	private static final String FORM = "partners/form";

	private final PartnerService partners;

	private final MembershipService memberships;

	private final NeighbourhoodService neighbourhoods;

	private final ContactPersonErasures erasures;

	@ModelAttribute("domains")
	PartnerDomain[] domains() {
		return PartnerDomain.values();
	}

	@ModelAttribute("offerTags")
	OfferTag[] offerTags() {
		return OfferTag.values();
	}

	/**
	 * The list; an htmx request (live search) gets only the results part of the page.
	 */
	@GetMapping
	String list(@ModelAttribute("filter") PartnerListFilter filter,
			@PageableDefault(size = 25, sort = "name") Pageable pageable,
			@RequestHeader(name = "HX-Request", required = false) String htmx, Model model) {
		PartnerFilter query = new PartnerFilter(filter.getQ(), filter.getDomain(), filter.getKnowledgePartner(),
				filter.getNeighbourhood(), filter.getActive());
		model.addAttribute("partners", this.partners.find(query, SortGuard.allow(pageable, SORTABLE, Sort.by("name"))));
		model.addAttribute("neighbourhoods", this.neighbourhoods.all());
		return (htmx != null) ? "partners/list :: results" : "partners/list";
	}

	@GetMapping("/{id}")
	String show(@PathVariable Long id, Model model) {
		model.addAttribute("partner", this.partners.get(id));
		model.addAttribute("spaces", this.partners.spaces(id));
		model.addAttribute("memberships", this.memberships.ofPartner(id));
		model.addAttribute("contactErasure", this.erasures.latest(id).orElse(null));
		return "partners/detail";
	}

	@GetMapping("/new")
	String newForm(Model model) {
		model.addAttribute("partnerForm", new PartnerForm());
		return FORM;
	}

	@PostMapping
	String create(@Valid @ModelAttribute PartnerForm partnerForm, BindingResult result, RedirectAttributes redirect) {
		if (result.hasErrors()) {
			return FORM;
		}
		try {
			Long id = this.partners.register(partnerForm.toData());
			return Flash.redirect(redirect, "partner.created", "/partners/" + id);
		}
		catch (PartnerNameTakenException ex) {
			result.rejectValue("name", "partner.name.taken");
			return FORM;
		}
	}

	@GetMapping("/{id}/edit")
	String editForm(@PathVariable Long id, Model model) {
		PartnerDetails partner = this.partners.get(id);
		model.addAttribute("partner", partner);
		model.addAttribute("partnerForm", PartnerForm.of(partner));
		return FORM;
	}

	@PostMapping("/{id}")
	String update(@PathVariable Long id, @Valid @ModelAttribute PartnerForm partnerForm, BindingResult result,
			Model model, RedirectAttributes redirect) {
		model.addAttribute("partner", this.partners.get(id));
		if (result.hasErrors()) {
			return FORM;
		}
		try {
			this.partners.update(id, partnerForm.toData(), partnerForm.getVersion());
			return Flash.redirect(redirect, "partner.saved", "/partners/" + id);
		}
		catch (PartnerNameTakenException ex) {
			result.rejectValue("name", "partner.name.taken");
		}
		catch (ObjectOptimisticLockingFailureException ex) {
			partnerForm.setVersion(EditConflict.show(this.partners.get(id), result, model).version());
		}
		return FORM;
	}

	@GetMapping("/{id}/deactivate")
	String confirmDeactivate(@PathVariable Long id, Model model) {
		model.addAttribute("partner", this.partners.get(id));
		return "partners/deactivate";
	}

	@PostMapping("/{id}/deactivate")
	String deactivate(@PathVariable Long id, RedirectAttributes redirect) {
		this.partners.deactivate(id);
		return Flash.redirect(redirect, "partner.deactivated", "/partners/" + id);
	}

	@PostMapping("/{id}/activate")
	String activate(@PathVariable Long id, RedirectAttributes redirect) {
		this.partners.activate(id);
		return Flash.redirect(redirect, "partner.activated", "/partners/" + id);
	}

}
