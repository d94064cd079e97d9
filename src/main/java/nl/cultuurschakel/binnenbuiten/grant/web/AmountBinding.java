package nl.cultuurschakel.binnenbuiten.grant.web;

import java.math.BigDecimal;
import java.util.Locale;

import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.InitBinder;

/**
 * Amounts as people type them in their language (1.250,50 in Dutch), on every grant page
 * with an amount field: the grant's request and decision, and the year's budget.
 */
@ControllerAdvice(assignableTypes = { GrantController.class, BudgetController.class })
class AmountBinding {

	@InitBinder
	void amounts(WebDataBinder binder, Locale locale) {
		binder.registerCustomEditor(BigDecimal.class, new AmountEditor(locale));
	}

}
