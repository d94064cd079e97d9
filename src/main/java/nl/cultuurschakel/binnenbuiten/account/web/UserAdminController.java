package nl.cultuurschakel.binnenbuiten.account.web;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.validation.Valid;

import lombok.RequiredArgsConstructor;
import nl.cultuurschakel.binnenbuiten.account.AccountService;
import nl.cultuurschakel.binnenbuiten.account.InvalidPasswordException;
import nl.cultuurschakel.binnenbuiten.account.LinkablePartners.LinkablePartner;
import nl.cultuurschakel.binnenbuiten.account.LinkablePartners;
import nl.cultuurschakel.binnenbuiten.account.PasswordPolicy;
import nl.cultuurschakel.binnenbuiten.account.Role;
import nl.cultuurschakel.binnenbuiten.account.UserDetailsView;
import nl.cultuurschakel.binnenbuiten.account.UsernameTakenException;
import nl.cultuurschakel.binnenbuiten.shared.DenHaag;
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
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * User administration for functional administrators: list, create, edit role and access,
 * reset password, lift a lock-out.
 */
@Controller
@RequestMapping("/admin/users")
@RequiredArgsConstructor
class UserAdminController {

	private static final Set<String> SORTABLE = Set.of("username", "displayName", "role", "enabled");

	private static final String LIST = "admin/users/list";

	private static final String NEW = "admin/users/new";

	private static final String EDIT = "admin/users/edit";

	private final AccountService accounts;

	private final LinkablePartners linkablePartners;

	@InitBinder({ "newUserForm", "passwordResetForm" })
	void keepPasswordsAsTyped(WebDataBinder binder) {
		PasswordFields.keepAsTyped(binder, "password", "newPassword");
	}

	@ModelAttribute("roles")
	Role[] roles() {
		return Role.values();
	}

	/**
	 * The partners a partner user can be linked to, and their names by id.
	 */
	@ModelAttribute
	void partners(Model model) {
		List<LinkablePartner> partners = linkable();
		model.addAttribute("partners", partners);
		model.addAttribute("partnerNames",
				partners.stream().collect(Collectors.toMap(LinkablePartner::id, LinkablePartner::name)));
	}

	@GetMapping
	String list(@RequestParam(required = false) String q, @RequestParam(required = false) Role role,
			@PageableDefault(size = 25, sort = "username") Pageable pageable, Model model) {
		Pageable safe = SortGuard.allow(pageable, SORTABLE, Sort.by("username"));
		model.addAttribute("users", this.accounts.findUsers(q, role, safe));
		model.addAttribute("q", q);
		model.addAttribute("role", role);
		return LIST;
	}

	@GetMapping("/new")
	String newForm(Model model) {
		model.addAttribute("newUserForm", new NewUserForm());
		return NEW;
	}

	@PostMapping
	String create(@Valid @ModelAttribute NewUserForm newUserForm, BindingResult result, RedirectAttributes redirect) {
		checkPartnerLink(newUserForm, result);
		if (!result.hasFieldErrors("password")) {
			// Show every problem at once rather than the password rule after the rest is
			// fixed.
			PasswordPolicy.check(newUserForm.getUsername(), newUserForm.getPassword())
				.ifPresent((key) -> result.rejectValue("password", key));
		}
		if (result.hasErrors()) {
			return NEW;
		}
		try {
			Long id = this.accounts.createUser(newUserForm.toNewUser());
			return Flash.redirect(redirect, "admin.users.created", "/admin/users/" + id + "/edit");
		}
		catch (UsernameTakenException ex) {
			result.rejectValue("username", "account.username.taken");
		}
		catch (InvalidPasswordException ex) {
			result.rejectValue("password", ex.getMessageKey());
		}
		return NEW;
	}

	@GetMapping("/{id}/edit")
	String editForm(@PathVariable Long id, Model model) {
		UserDetailsView user = this.accounts.getUser(id);
		model.addAttribute("userForm", UserForm.of(user));
		model.addAttribute("passwordResetForm", new PasswordResetForm());
		return edit(user, model);
	}

	@PostMapping("/{id}")
	String update(@PathVariable Long id, @Valid @ModelAttribute UserForm userForm, BindingResult result, Model model,
			RedirectAttributes redirect) {
		UserDetailsView user = this.accounts.getUser(id);
		checkPartnerLink(userForm, result);
		if (!result.hasErrors()) {
			try {
				this.accounts.updateUser(id, userForm.toChange());
				return Flash.redirect(redirect, "admin.users.saved", "/admin/users");
			}
			catch (ObjectOptimisticLockingFailureException ex) {
				// Keep the administrator's input and show what is stored now.
				user = this.accounts.getUser(id);
				userForm.setVersion(user.version());
				EditConflict.show(user, result, model);
			}
		}
		model.addAttribute("passwordResetForm", new PasswordResetForm());
		return edit(user, model);
	}

	@PostMapping("/{id}/password")
	String resetPassword(@PathVariable Long id, @Valid @ModelAttribute PasswordResetForm passwordResetForm,
			BindingResult result, Model model, RedirectAttributes redirect) {
		UserDetailsView user = this.accounts.getUser(id);
		if (!result.hasErrors()) {
			try {
				this.accounts.resetPassword(id, passwordResetForm.getNewPassword());
				return Flash.redirect(redirect, "admin.users.passwordReset", "/admin/users/" + id + "/edit");
			}
			catch (InvalidPasswordException ex) {
				result.rejectValue("newPassword", ex.getMessageKey());
			}
		}
		model.addAttribute("userForm", UserForm.of(user));
		return edit(user, model);
	}

	@PostMapping("/{id}/unlock")
	String unlock(@PathVariable Long id, RedirectAttributes redirect) {
		this.accounts.unlock(id);
		return Flash.redirect(redirect, "admin.users.unlocked", "/admin/users/" + id + "/edit");
	}

	private String edit(UserDetailsView user, Model model) {
		model.addAttribute("user", user);
		model.addAttribute("lockedUntil",
				(user.lockedUntil() != null) ? LocalDateTime.ofInstant(user.lockedUntil(), DenHaag.ZONE) : null);
		return EDIT;
	}

	/**
	 * Partner users act for exactly one existing partner; staff for none.
	 */
	private void checkPartnerLink(UserForm form, BindingResult result) {
		if (form.hasPartnerLinkWithoutPartnerRole()) {
			result.rejectValue("partnerId", "account.partnerId.onlyForPartner");
		}
		else if (form.getRole() == Role.PARTNER && form.getPartnerId() == null) {
			result.rejectValue("partnerId", "account.partnerId.required");
		}
		else if (form.getPartnerId() != null
				&& linkable().stream().noneMatch((partner) -> partner.id().equals(form.getPartnerId()))) {
			result.rejectValue("partnerId", "account.partnerId.unknown");
		}
	}

	private List<LinkablePartner> linkable() {
		return this.linkablePartners.linkablePartners();
	}

}
