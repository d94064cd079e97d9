package nl.cultuurschakel.binnenbuiten.grant.web;

import java.time.Clock;
import java.time.LocalDate;

import jakarta.validation.Valid;

import lombok.RequiredArgsConstructor;
import nl.cultuurschakel.binnenbuiten.grant.BudgetOverview;
import nl.cultuurschakel.binnenbuiten.grant.GrantService;
import nl.cultuurschakel.binnenbuiten.shared.web.Flash;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A year's grant budget and its use (staff); coordinators set the budget.
 */
@Controller
@RequestMapping("/grants/budget")
@RequiredArgsConstructor
class BudgetController {

	private final GrantService grants;

	private final Clock clock;

	@GetMapping
	String show(@RequestParam(required = false) Integer year, Model model) {
		int shown = (year != null && year >= 2000 && year <= 2100) ? year : LocalDate.now(this.clock).getYear();
		BudgetOverview budget = this.grants.budget(shown);
		BudgetForm form = new BudgetForm();
		form.setYear(shown);
		form.setAmount(budget.budget());
		return page(budget, form, model);
	}

	@PostMapping
	String set(@Valid @ModelAttribute BudgetForm budgetForm, BindingResult result, Model model,
			RedirectAttributes redirect) {
		if (result.hasErrors()) {
			int year = (budgetForm.getYear() != null && !result.hasFieldErrors("year")) ? budgetForm.getYear()
					: LocalDate.now(this.clock).getYear();
			return page(this.grants.budget(year), budgetForm, model);
		}
		this.grants.setBudget(budgetForm.getYear(), budgetForm.getAmount());
		return Flash.redirect(redirect, "grant.budget.saved", "/grants/budget?year=" + budgetForm.getYear());
	}

	private String page(BudgetOverview budget, BudgetForm form, Model model) {
		model.addAttribute("budget", budget);
		model.addAttribute("budgetForm", form);
		return "grants/budget";
	}

}
