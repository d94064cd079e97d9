package nl.cultuurschakel.binnenbuiten.contact.web;

import java.util.List;

import lombok.RequiredArgsConstructor;
import nl.cultuurschakel.binnenbuiten.account.AccountService;
import nl.cultuurschakel.binnenbuiten.account.CurrentUser;
import nl.cultuurschakel.binnenbuiten.account.Role;
import nl.cultuurschakel.binnenbuiten.contact.ContactService;
import nl.cultuurschakel.binnenbuiten.contact.FollowUp;
import nl.cultuurschakel.binnenbuiten.shared.web.Flash;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Open follow-ups: advisors see their own, coordinators everyone's (filterable by
 * advisor). Ticking off several at once is {@link FollowUpTickOffController}'s.
 */
@Controller
@RequiredArgsConstructor
class FollowUpController {

	private static final int MAX_SHOWN = 500;

	private final ContactService contacts;

	private final ContactNames names;

	private final AccountService accounts;

	@GetMapping("/contacts/follow-ups")
	String list(@RequestParam(required = false) Long advisor, @RequestParam(required = false) String select,
			@AuthenticationPrincipal CurrentUser user, Model model) {
		Long advisorId = (user.getRole() == Role.COORDINATOR) ? advisor : user.getId();
		List<FollowUp> followUps = this.contacts.openFollowUps(advisorId, MAX_SHOWN);
		model.addAttribute("followUps", followUps);
		model.addAttribute("total", this.contacts.countOpenFollowUps(advisorId));
		model.addAttribute("advisor", advisorId);
		model.addAttribute("staff", this.accounts.staff());
		// "Select all" without JavaScript: the list again, every box ticked.
		model.addAttribute("selectAll", "all".equals(select));
		this.names.addForFollowUps(followUps, model);
		return "contacts/follow-ups";
	}

	/**
	 * One click: done. Returns to the page it came from (home or the follow-up list).
	 */
	@PostMapping("/contacts/{id}/follow-up/done")
	String done(@PathVariable Long id, @RequestParam(defaultValue = "list") String back,
			@AuthenticationPrincipal CurrentUser user, RedirectAttributes redirect) {
		this.contacts.markFollowUpDone(id, user);
		return Flash.redirect(redirect, "contact.followUp.closed", "home".equals(back) ? "/" : "/contacts/follow-ups");
	}

}
