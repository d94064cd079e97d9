package nl.cultuurschakel.binnenbuiten.partner.web;

import java.time.Clock;
import java.time.LocalDate;

import jakarta.validation.Valid;

import lombok.RequiredArgsConstructor;
import nl.cultuurschakel.binnenbuiten.neighbourhood.NeighbourhoodService;
import nl.cultuurschakel.binnenbuiten.partner.MembershipRole;
import nl.cultuurschakel.binnenbuiten.partner.MembershipService;
import nl.cultuurschakel.binnenbuiten.partner.MembershipView;
import nl.cultuurschakel.binnenbuiten.partner.OverlappingMembershipException;
import nl.cultuurschakel.binnenbuiten.partner.PartnerService;
import nl.cultuurschakel.binnenbuiten.shared.web.EditConflict;
import nl.cultuurschakel.binnenbuiten.shared.web.Flash;

import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Network memberships, managed from the partner's page (choose a neighbourhood) and from
 * the neighbourhood's page (choose a partner).
 */
@Controller
@RequiredArgsConstructor
class MembershipController {

	private static final String FORM = "memberships/form";

	/** The page a membership form was opened from, and returns to. */
	static final String PARTNER = "partner";

	static final String NEIGHBOURHOOD = "neighbourhood";

	private final MembershipService memberships;

	private final PartnerService partners;

	private final NeighbourhoodService neighbourhoods;

	private final Clock clock;

	@ModelAttribute("membershipRoles")
	MembershipRole[] membershipRoles() {
		return MembershipRole.values();
	}

	@GetMapping("/partners/{partnerId}/memberships/new")
	String newForPartner(@PathVariable Long partnerId, Model model) {
		MembershipForm form = newForm();
		form.setPartnerId(partnerId);
		return showForm(form, PARTNER, model);
	}

	@GetMapping("/neighbourhoods/{neighbourhoodId}/members/new")
	String newForNeighbourhood(@PathVariable Long neighbourhoodId, Model model) {
		MembershipForm form = newForm();
		form.setNeighbourhoodId(neighbourhoodId);
		return showForm(form, NEIGHBOURHOOD, model);
	}

	/**
	 * Both "new" forms post here; the side that was fixed comes back in a hidden field
	 * and decides where the user returns to.
	 */
	@PostMapping("/memberships")
	String create(@Valid @ModelAttribute MembershipForm membershipForm, BindingResult result,
			@RequestParam(defaultValue = PARTNER) String from, Model model, RedirectAttributes redirect) {
		validate(membershipForm, result);
		if (!result.hasErrors()) {
			try {
				this.memberships.add(membershipForm.getPartnerId(), membershipForm.getNeighbourhoodId(),
						membershipForm.toTerms());
				return Flash.redirect(redirect, "membership.created", returnUrl(from, membershipForm));
			}
			catch (OverlappingMembershipException ex) {
				result.reject("membership.overlap");
			}
		}
		return showForm(membershipForm, from, model);
	}

	@GetMapping("/memberships/{id}/edit")
	String editForm(@PathVariable Long id, @RequestParam(defaultValue = PARTNER) String from, Model model) {
		MembershipView membership = this.memberships.get(id);
		model.addAttribute("membership", membership);
		return showForm(MembershipForm.of(membership), from, model);
	}

	@PostMapping("/memberships/{id}")
	String update(@PathVariable Long id, @Valid @ModelAttribute MembershipForm membershipForm, BindingResult result,
			@RequestParam(defaultValue = PARTNER) String from, Model model, RedirectAttributes redirect) {
		MembershipView membership = this.memberships.get(id);
		model.addAttribute("membership", membership);
		// Who is member of what does not change; only period and roles do.
		membershipForm.setPartnerId(membership.partnerId());
		membershipForm.setNeighbourhoodId(membership.neighbourhoodId());
		validate(membershipForm, result);
		if (!result.hasErrors()) {
			try {
				this.memberships.change(id, membershipForm.toTerms(), membershipForm.getVersion());
				return Flash.redirect(redirect, "membership.saved", returnUrl(from, membershipForm));
			}
			catch (OverlappingMembershipException ex) {
				result.reject("membership.overlap");
			}
			catch (ObjectOptimisticLockingFailureException ex) {
				membershipForm.setVersion(EditConflict.show(this.memberships.get(id), result, model).version());
			}
		}
		return showForm(membershipForm, from, model);
	}

	@GetMapping("/memberships/{id}/delete")
	String confirmDelete(@PathVariable Long id, @RequestParam(defaultValue = PARTNER) String from, Model model) {
		model.addAttribute("membership", this.memberships.get(id));
		model.addAttribute("from", from);
		return "memberships/delete";
	}

	@PostMapping("/memberships/{id}/delete")
	String delete(@PathVariable Long id, @RequestParam(defaultValue = PARTNER) String from,
			RedirectAttributes redirect) {
		MembershipView membership = this.memberships.get(id);
		this.memberships.remove(id);
		return Flash.redirect(redirect, "membership.deleted", NEIGHBOURHOOD.equals(from)
				? "/neighbourhoods/" + membership.neighbourhoodId() : "/partners/" + membership.partnerId());
	}

	private MembershipForm newForm() {
		MembershipForm form = new MembershipForm();
		form.setStartDate(LocalDate.now(this.clock));
		return form;
	}

	private String showForm(MembershipForm form, String from, Model model) {
		model.addAttribute("membershipForm", form);
		model.addAttribute("from", NEIGHBOURHOOD.equals(from) ? NEIGHBOURHOOD : PARTNER);
		model.addAttribute("partners", this.partners.options());
		model.addAttribute("neighbourhoods", this.neighbourhoods.all());
		if (form.getPartnerId() != null) {
			this.partners.find(form.getPartnerId()).ifPresent((partner) -> model.addAttribute("partner", partner));
		}
		if (this.neighbourhoods.exists(form.getNeighbourhoodId())) {
			model.addAttribute("neighbourhood", this.neighbourhoods.get(form.getNeighbourhoodId()));
		}
		return FORM;
	}

	private void validate(MembershipForm form, BindingResult result) {
		if (form.getPartnerId() == null || this.partners.find(form.getPartnerId()).isEmpty()) {
			result.rejectValue("partnerId", "membership.partner.required");
		}
		if (!this.neighbourhoods.exists(form.getNeighbourhoodId())) {
			result.rejectValue("neighbourhoodId", "membership.neighbourhood.required");
		}
		if (form.endsBeforeItStarts()) {
			result.rejectValue("endDate", "membership.endDate.beforeStart");
		}
	}

	private static String returnUrl(String from, MembershipForm form) {
		return NEIGHBOURHOOD.equals(from) ? "/neighbourhoods/" + form.getNeighbourhoodId()
				: "/partners/" + form.getPartnerId();
	}

}
