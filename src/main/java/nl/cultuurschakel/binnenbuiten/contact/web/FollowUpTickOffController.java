package nl.cultuurschakel.binnenbuiten.contact.web;

import java.util.Map;

import lombok.RequiredArgsConstructor;
import nl.cultuurschakel.binnenbuiten.account.CurrentUser;
import nl.cultuurschakel.binnenbuiten.contact.ContactService;
import nl.cultuurschakel.binnenbuiten.contact.TickOff;
import nl.cultuurschakel.binnenbuiten.contact.UndoExpiredException;
import nl.cultuurschakel.binnenbuiten.shared.web.Flash;

import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Ticking off several follow-ups at once, and undoing that for a few seconds. Plain form
 * posts that redirect back to the list (htmx swaps the list in place); a foreign or
 * unknown follow-up refuses the whole selection (403, 404), a malformed one is a 400.
 */
@Controller
@RequiredArgsConstructor
class FollowUpTickOffController {

	/** The flash attribute with the {@link TickOff} the list offers to undo. */
	static final String TICK_OFF = "tickOff";

	/** The flash attribute with a message key the list shows as a warning. */
	static final String WARNING = "followUpWarning";

	private static final String LIST = "/contacts/follow-ups";

	private final ContactService contacts;

	@PostMapping("/contacts/follow-ups/done")
	String done(@ModelAttribute FollowUpSelection selection, @AuthenticationPrincipal CurrentUser user,
			RedirectAttributes redirect) {
		Map<Long, Long> chosen = selection.chosen();
		if (chosen.isEmpty()) {
			return warn(redirect, "contact.followUps.noneSelected");
		}
		try {
			redirect.addFlashAttribute(TICK_OFF, this.contacts.markFollowUpsDone(chosen, user));
			return "redirect:" + LIST;
		}
		catch (ObjectOptimisticLockingFailureException ex) {
			return warn(redirect, "contact.followUps.changedMeanwhile");
		}
	}

	@PostMapping("/contacts/follow-ups/undo")
	String undo(@ModelAttribute UndoForm form, @AuthenticationPrincipal CurrentUser user, RedirectAttributes redirect) {
		TickOff tickOff = form.toTickOff();
		try {
			this.contacts.undo(tickOff, user);
			return Flash.redirect(redirect, "contact.followUps.undone", LIST);
		}
		catch (UndoExpiredException ex) {
			return warn(redirect, "contact.followUps.undoExpired");
		}
		catch (ObjectOptimisticLockingFailureException ex) {
			return warn(redirect, "contact.followUps.undoChanged");
		}
	}

	private static String warn(RedirectAttributes redirect, String messageKey) {
		redirect.addFlashAttribute(WARNING, messageKey);
		return "redirect:" + LIST;
	}

}
