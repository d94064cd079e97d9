package nl.cultuurschakel.binnenbuiten.idea.web;

import jakarta.validation.Valid;

import lombok.RequiredArgsConstructor;
import nl.cultuurschakel.binnenbuiten.account.CurrentUser;
import nl.cultuurschakel.binnenbuiten.idea.IdeaService;
import nl.cultuurschakel.binnenbuiten.idea.IdeaTransitionException;
import nl.cultuurschakel.binnenbuiten.shared.web.Flash;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Moving an idea on (or parking it) from the status form on the idea page; a refused move
 * shows the idea page again with the reason.
 */
@Controller
@RequiredArgsConstructor
class IdeaStatusController {

	private final IdeaService ideas;

	private final IdeaDetailPage detailPage;

	@PostMapping("/ideas/{id}/status")
	String changeStatus(@PathVariable Long id, @AuthenticationPrincipal CurrentUser user,
			@Valid @ModelAttribute StatusForm statusForm, BindingResult result, Model model,
			RedirectAttributes redirect) {
		if (!result.hasErrors()) {
			try {
				this.ideas.changeStatus(id, statusForm.getStatus(), statusForm.getChangedOn(), statusForm.getNote(),
						user.asActor());
				return Flash.redirect(redirect, "idea.status.changed", "/ideas/" + id);
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
		return this.detailPage.show(id, statusForm, model);
	}

}
