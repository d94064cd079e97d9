package nl.cultuurschakel.binnenbuiten.activity.web;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

import lombok.RequiredArgsConstructor;
import nl.cultuurschakel.binnenbuiten.account.CurrentUser;
import nl.cultuurschakel.binnenbuiten.activity.ActivityDetails;
import nl.cultuurschakel.binnenbuiten.activity.ActivityService;
import nl.cultuurschakel.binnenbuiten.shared.web.Flash;

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
 * Marking an activity done (with the children reached), cancelling it (with a reason) and
 * deleting it: each after a confirmation page.
 */
@Controller
@RequestMapping("/activities/{id}")
@RequiredArgsConstructor
class ActivityStatusController {

	private final ActivityService activities;

	private final ActivityFormSupport support;

	@ModelAttribute("activity")
	ActivityDetails activity(@PathVariable Long id, @AuthenticationPrincipal CurrentUser user) {
		return this.support.changeable(id, user);
	}

	@GetMapping("/done")
	String doneForm(@ModelAttribute("activity") ActivityDetails activity, Model model) {
		DoneForm form = new DoneForm();
		form.setChildrenReached(activity.childrenReached());
		model.addAttribute("doneForm", form);
		return "activities/done";
	}

	@PostMapping("/done")
	String markDone(@PathVariable Long id, @Valid @ModelAttribute DoneForm doneForm, BindingResult result,
			RedirectAttributes redirect) {
		if (result.hasErrors()) {
			return "activities/done";
		}
		this.activities.markDone(id, doneForm.getChildrenReached());
		return Flash.redirect(redirect, "activity.done.saved", "/activities/" + id);
	}

	@GetMapping("/cancel")
	String cancelForm(Model model) {
		model.addAttribute("cancelForm", new CancelForm());
		return "activities/cancel";
	}

	@PostMapping("/cancel")
	String cancel(@PathVariable Long id, @Valid @ModelAttribute CancelForm cancelForm, BindingResult result,
			RedirectAttributes redirect) {
		if (result.hasErrors()) {
			return "activities/cancel";
		}
		this.activities.cancel(id, cancelForm.getReason());
		return Flash.redirect(redirect, "activity.cancel.saved", "/activities/" + id);
	}

	@GetMapping("/delete")
	String confirmDelete() {
		return "activities/delete";
	}

	@PostMapping("/delete")
	String delete(@PathVariable Long id, RedirectAttributes redirect) {
		this.activities.delete(id);
		return Flash.redirect(redirect, "activity.deleted", "/activities");
	}

	static class DoneForm {

		@NotNull
		@PositiveOrZero
		@Max(10_000)
		private Integer childrenReached;

		public Integer getChildrenReached() {
			return this.childrenReached;
		}

		public void setChildrenReached(Integer childrenReached) {
			this.childrenReached = childrenReached;
		}

	}

	static class CancelForm {

		@NotNull
		@Size(min = 3, max = 1000)
		private String reason;

		public String getReason() {
			return this.reason;
		}

		public void setReason(String reason) {
			this.reason = reason;
		}

	}

}
