package nl.cultuurschakel.binnenbuiten.account.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import jakarta.validation.Valid;

import lombok.RequiredArgsConstructor;
import nl.cultuurschakel.binnenbuiten.account.AccountService;
import nl.cultuurschakel.binnenbuiten.account.CurrentUser;
import nl.cultuurschakel.binnenbuiten.account.InvalidPasswordException;
import nl.cultuurschakel.binnenbuiten.account.LoginThrottle;
import nl.cultuurschakel.binnenbuiten.account.SecurityEvents;
import nl.cultuurschakel.binnenbuiten.shared.web.Flash;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Every user changes the own password here. A wrong current password counts against the
 * client address like a failed log-in ({@link LoginThrottle}), so a stolen session cannot
 * be used to guess the password.
 */
@Controller
@RequestMapping("/account/password")
@RequiredArgsConstructor
class PasswordController {

	private static final String VIEW = "account/password";

	private static final String CURRENT_WRONG = "account.password.currentWrong";

	private final AccountService accounts;

	private final LoginThrottle throttle;

	private final SecurityEvents events;

	@InitBinder("passwordForm")
	void keepPasswordsAsTyped(WebDataBinder binder) {
		PasswordFields.keepAsTyped(binder, "currentPassword", "newPassword", "confirmation");
	}

	@GetMapping
	String editForm(@ModelAttribute PasswordForm passwordForm) {
		return VIEW;
	}

	@PostMapping
	String update(@AuthenticationPrincipal CurrentUser user, @Valid @ModelAttribute PasswordForm passwordForm,
			BindingResult result, HttpSession session, HttpServletRequest request, RedirectAttributes redirect) {
		if (!result.hasFieldErrors("confirmation") && passwordForm.getConfirmation() != null
				&& !passwordForm.getConfirmation().equals(passwordForm.getNewPassword())) {
			result.rejectValue("confirmation", "account.password.mismatch");
		}
		if (result.hasErrors()) {
			return VIEW;
		}
		String address = request.getRemoteAddr();
		if (this.throttle.isThrottled(address)) {
			this.events.passwordCheckThrottled(user.getUsername(), address);
			result.rejectValue("currentPassword", "account.password.throttled");
			return VIEW;
		}
		try {
			this.accounts.changeOwnPassword(user.getId(), passwordForm.getCurrentPassword(),
					passwordForm.getNewPassword(), session.getId());
		}
		catch (InvalidPasswordException ex) {
			boolean currentWrong = CURRENT_WRONG.equals(ex.getMessageKey());
			if (currentWrong) {
				this.throttle.failed(address);
				this.events.passwordChecked(user.getUsername(), address, false);
			}
			result.rejectValue(currentWrong ? "currentPassword" : "newPassword", ex.getMessageKey());
			return VIEW;
		}
		this.events.passwordChecked(user.getUsername(), address, true);
		return Flash.redirect(redirect, "account.password.changed", "/");
	}

}
