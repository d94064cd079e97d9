package nl.cultuurschakel.binnenbuiten.partner.web;

import jakarta.validation.Valid;

import lombok.RequiredArgsConstructor;
import nl.cultuurschakel.binnenbuiten.account.CurrentUser;
import nl.cultuurschakel.binnenbuiten.partner.PartnerAccess;
import nl.cultuurschakel.binnenbuiten.partner.PartnerService;
import nl.cultuurschakel.binnenbuiten.partner.SpaceView;
import nl.cultuurschakel.binnenbuiten.shared.web.DeleteConfirmation;
import nl.cultuurschakel.binnenbuiten.shared.web.EditConflict;
import nl.cultuurschakel.binnenbuiten.shared.web.Flash;

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
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The spaces a partner shares. Staff manage every partner's spaces; a partner user only
 * those of the own organisation (checked per request, whatever the URL says).
 */
@Controller
@RequestMapping("/partners/{partnerId}/spaces")
@RequiredArgsConstructor
class SpaceController {

	private static final String FORM = "spaces/form";

	private final PartnerService partners;

	@ModelAttribute
	void checkAccess(@PathVariable Long partnerId, @AuthenticationPrincipal CurrentUser user, Model model) {
		PartnerAccess.checkMayEdit(user, partnerId);
		model.addAttribute("partner", this.partners.get(partnerId));
		model.addAttribute("backUrl", backUrl(user, partnerId));
	}

	@GetMapping("/new")
	String newForm(Model model) {
		model.addAttribute("spaceForm", new SpaceForm());
		return FORM;
	}

	@PostMapping
	String create(@PathVariable Long partnerId, @Valid @ModelAttribute SpaceForm spaceForm, BindingResult result,
			@AuthenticationPrincipal CurrentUser user, RedirectAttributes redirect) {
		if (result.hasErrors()) {
			return FORM;
		}
		this.partners.addSpace(partnerId, spaceForm.toData());
		return Flash.redirect(redirect, "space.created", backUrl(user, partnerId));
	}

	@GetMapping("/{spaceId}/edit")
	String editForm(@PathVariable Long partnerId, @PathVariable Long spaceId, Model model) {
		SpaceView space = this.partners.space(partnerId, spaceId);
		model.addAttribute("space", space);
		model.addAttribute("spaceForm", SpaceForm.of(space));
		return FORM;
	}

	@PostMapping("/{spaceId}")
	String update(@PathVariable Long partnerId, @PathVariable Long spaceId, @Valid @ModelAttribute SpaceForm spaceForm,
			BindingResult result, @AuthenticationPrincipal CurrentUser user, Model model, RedirectAttributes redirect) {
		model.addAttribute("space", this.partners.space(partnerId, spaceId));
		if (result.hasErrors()) {
			return FORM;
		}
		try {
			this.partners.updateSpace(partnerId, spaceId, spaceForm.toData(), spaceForm.getVersion());
			return Flash.redirect(redirect, "space.saved", backUrl(user, partnerId));
		}
		catch (ObjectOptimisticLockingFailureException ex) {
			spaceForm.setVersion(EditConflict.show(this.partners.space(partnerId, spaceId), result, model).version());
			return FORM;
		}
	}

	@GetMapping("/{spaceId}/delete")
	String confirmDelete(@PathVariable Long partnerId, @PathVariable Long spaceId, Model model) {
		model.addAttribute("space", this.partners.space(partnerId, spaceId));
		return "spaces/delete";
	}

	@PostMapping("/{spaceId}/delete")
	String delete(@PathVariable Long partnerId, @PathVariable Long spaceId, @AuthenticationPrincipal CurrentUser user,
			Model model, RedirectAttributes redirect) {
		if (!DeleteConfirmation.deleted(() -> this.partners.removeSpace(partnerId, spaceId), model)) {
			return confirmDelete(partnerId, spaceId, model);
		}
		return Flash.redirect(redirect, "space.deleted", backUrl(user, partnerId));
	}

	/**
	 * Staff return to the partner's page, partner users to their own network page.
	 */
	private static String backUrl(CurrentUser user, Long partnerId) {
		return user.isStaff() ? "/partners/" + partnerId : "/my-network";
	}

}
