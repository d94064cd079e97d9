package nl.cultuurschakel.binnenbuiten.account.web;

import jakarta.servlet.http.HttpSession;
import jakarta.validation.Valid;

import lombok.RequiredArgsConstructor;
import nl.cultuurschakel.binnenbuiten.account.AccountService;
import nl.cultuurschakel.binnenbuiten.account.CurrentUser;
import nl.cultuurschakel.binnenbuiten.account.InvalidPasswordException;
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
 * Every user changes the own password here.
 */
@Controller
@RequestMapping("/account/password")
@RequiredArgsConstructor
class PasswordController {

	private static final String VIEW = "account/password";

	private final AccountService accounts;

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
			BindingResult result, HttpSession session, RedirectAttributes redirect) {
		if (!result.hasFieldErrors("confirmation") && passwordForm.getConfirmation() != null
				&& !passwordForm.getConfirmation().equals(passwordForm.getNewPassword())) {
			result.rejectValue("confirmation", "account.password.mismatch");
		}
		if (result.hasErrors()) {
			return VIEW;
		}
		try {
			this.accounts.changeOwnPassword(user.getId(), passwordForm.getCurrentPassword(),
					passwordForm.getNewPassword(), session.getId());
		}
		catch (InvalidPasswordException ex) {
			String field = "account.password.currentWrong".equals(ex.getMessageKey()) ? "currentPassword"
					: "newPassword";
			result.rejectValue(field, ex.getMessageKey());
			return VIEW;
		}
		return Flash.redirect(redirect, "account.password.changed", "/");
	}

}
