package nl.cultuurschakel.binnenbuiten.grant.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.validation.Valid;

import lombok.RequiredArgsConstructor;
import nl.cultuurschakel.binnenbuiten.account.CurrentUser;
import nl.cultuurschakel.binnenbuiten.account.Role;
import nl.cultuurschakel.binnenbuiten.grant.GrantDetails;
import nl.cultuurschakel.binnenbuiten.grant.GrantFilter;
import nl.cultuurschakel.binnenbuiten.grant.GrantRow;
import nl.cultuurschakel.binnenbuiten.grant.GrantService;
import nl.cultuurschakel.binnenbuiten.grant.GrantStatus;
import nl.cultuurschakel.binnenbuiten.grant.GrantSummary;
import nl.cultuurschakel.binnenbuiten.grant.GrantTransitionException;
import nl.cultuurschakel.binnenbuiten.grant.OverBudgetException;
import nl.cultuurschakel.binnenbuiten.idea.IdeaFilter;
import nl.cultuurschakel.binnenbuiten.idea.IdeaOption;
import nl.cultuurschakel.binnenbuiten.idea.IdeaService;
import nl.cultuurschakel.binnenbuiten.shared.web.EditConflict;
import nl.cultuurschakel.binnenbuiten.shared.web.Flash;
import nl.cultuurschakel.binnenbuiten.shared.web.SortGuard;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.web.PageableDefault;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The grant list with totals, the grant page with its history, requests (staff) and
 * decisions (coordinators; advisors may only withdraw). Partner users see only the grants
 * to their own organisation, read-only.
 */
@Controller
@RequestMapping("/grants")
@RequiredArgsConstructor
class GrantController {

	static final Set<String> SORTABLE = Set.of("requestedOn", "decidedOn", "status", "amountRequested",
			"amountAwarded");

	/** What a partner user's list sorts by: nothing that tells a date. */
	static final Set<String> RECIPIENT_SORTABLE = Set.of("status", "amountRequested", "amountAwarded");

	static final Sort DEFAULT_SORT = Sort.by(Sort.Direction.DESC, "requestedOn").and(Sort.by("id"));

	private static final String FORM = "grants/form";

	private final GrantService grants;

	private final IdeaService ideas;

	private final GrantLabels labels;

	private final Clock clock;

	@ModelAttribute("statuses")
	GrantStatus[] statuses() {
		return GrantStatus.values();
	}

	@GetMapping
	String list(@AuthenticationPrincipal CurrentUser user, @ModelAttribute GrantListFilter requested,
			@PageableDefault(size = 25, sort = "requestedOn", direction = Sort.Direction.DESC) Pageable pageable,
			Model model) {
		if (user.getRole() == Role.PARTNER) {
			return recipientList(user, requested.status(), pageable, model);
		}
		GrantFilter filter = requested.toFilter();
		Page<GrantRow> page = this.grants.find(filter, SortGuard.allow(pageable, SORTABLE, DEFAULT_SORT));
		model.addAttribute("grants", page);
		model.addAttribute("labels", this.labels.of(page.getContent()));
		model.addAttribute("totals", this.grants.totals(filter));
		model.addAttribute("filter", filter);
		model.addAttribute("partnerView", false);
		model.addAttribute("neighbourhoodOptions", this.labels.neighbourhoodOptions());
		model.addAttribute("partnerOptions", this.labels.partnerOptions());
		return "grants/list";
	}

	/**
	 * A partner user's list: the own organisation's grants with status and amounts only,
	 * filtered by status (a year filter would tell the dates).
	 */
	private String recipientList(CurrentUser user, GrantStatus status, Pageable pageable, Model model) {
		Long recipient = recipientOf(user);
		GrantFilter filter = new GrantFilter(null, status, null, recipient);
		Page<GrantSummary> page = this.grants.findOfRecipient(recipient, status,
				SortGuard.allow(pageable, RECIPIENT_SORTABLE, DEFAULT_SORT));
		model.addAttribute("grants", page);
		model.addAttribute("labels",
				this.labels.of(page.stream().map(GrantSummary::ideaId).collect(Collectors.toSet()), Set.of(recipient)));
		model.addAttribute("totals", this.grants.totals(filter));
		model.addAttribute("filter", filter);
		model.addAttribute("partnerView", true);
		return "grants/list";
	}

	@GetMapping("/{id}")
	String show(@AuthenticationPrincipal CurrentUser user, @PathVariable Long id, Model model) {
		DecisionForm decisionForm = new DecisionForm();
		decisionForm.setOn(LocalDate.now(this.clock));
		return detail(user, id, decisionForm, model);
	}

	@GetMapping("/new")
	String newForm(@RequestParam(required = false) Long idea, Model model) {
		GrantForm form = new GrantForm();
		form.setIdeaId(idea);
		form.setRequestedOn(LocalDate.now(this.clock));
		model.addAttribute("grantForm", form);
		return form(model);
	}

	@PostMapping
	String create(@AuthenticationPrincipal CurrentUser user, @Valid @ModelAttribute GrantForm grantForm,
			BindingResult result, Model model, RedirectAttributes redirect) {
		if (grantForm.getIdeaId() == null) {
			result.rejectValue("ideaId", "NotNull");
		}
		check(grantForm, result);
		if (result.hasErrors()) {
			return form(model);
		}
		Long id = this.grants.request(grantForm.toRequest(), user.asActor());
		return Flash.redirect(redirect, "grant.created", "/grants/" + id);
	}

	@GetMapping("/{id}/edit")
	String editForm(@PathVariable Long id, Model model) {
		GrantDetails grant = this.grants.get(id);
		model.addAttribute("grant", grant);
		model.addAttribute("grantForm", GrantForm.of(grant));
		return form(model);
	}

	@PostMapping("/{id}")
	String update(@PathVariable Long id, @Valid @ModelAttribute GrantForm grantForm, BindingResult result, Model model,
			RedirectAttributes redirect) {
		GrantDetails grant = this.grants.get(id);
		model.addAttribute("grant", grant);
		grantForm.setIdeaId(grant.ideaId());
		check(grantForm, result);
		if (result.hasErrors()) {
			return form(model);
		}
		try {
			this.grants.updateRequest(id, grantForm.toRequest(), grantForm.getVersion());
			return Flash.redirect(redirect, "grant.saved", "/grants/" + id);
		}
		catch (ObjectOptimisticLockingFailureException ex) {
			grantForm.setVersion(EditConflict.show(this.grants.get(id), result, model).version());
		}
		catch (GrantTransitionException ex) {
			result.reject(ex.reason());
		}
		return form(model);
	}

	/**
	 * Award, reject, pay or settle (coordinators), or withdraw (any staff member).
	 */
	@PostMapping("/{id}/status")
	String decide(@AuthenticationPrincipal CurrentUser user, @PathVariable Long id,
			@Valid @ModelAttribute DecisionForm decisionForm, BindingResult result, Model model,
			RedirectAttributes redirect) {
		if (user.getRole() != Role.COORDINATOR && (decisionForm.hasAwardDetails()
				|| (decisionForm.getStatus() != null && decisionForm.getStatus().isCoordinatorDecision()))) {
			throw new AccessDeniedException("Only coordinators decide on grants");
		}
		if (!result.hasErrors()) {
			try {
				this.grants.decide(id, decisionForm.toDecision(), user.asActor());
				return Flash.redirect(redirect, "grant.status.changed", "/grants/" + id);
			}
			catch (OverBudgetException ex) {
				model.addAttribute("overBudgetRemaining", ex.remaining());
				result.rejectValue("confirmOverBudget", "grant.overBudget.confirm");
			}
			catch (GrantTransitionException ex) {
				rejectTransition(ex.reason(), result);
			}
		}
		return detail(user, id, decisionForm, model);
	}

	/**
	 * A refused transition: on the field it is about when there is one (so that the error
	 * summary names it), otherwise on the whole form.
	 */
	private static void rejectTransition(String reason, BindingResult result) {
		switch (reason) {
			case "grant.transition.amountRequired" -> result.rejectValue("amountAwarded", reason);
			case "grant.transition.reportRequired" -> result.rejectValue("reportReceivedOn", reason);
			case "grant.transition.dateRequired" -> result.rejectValue("on", reason);
			default -> result.reject(reason);
		}
	}

	private String detail(CurrentUser user, Long id, DecisionForm decisionForm, Model model) {
		if (user.getRole() == Role.PARTNER) {
			GrantSummary grant = this.grants.getOfRecipient(id, recipientOf(user));
			model.addAttribute("grant", grant);
			model.addAttribute("labels", this.labels.of(Set.of(grant.ideaId()), Set.of(grant.partnerId())));
			model.addAttribute("partnerView", true);
			return "grants/detail";
		}
		GrantDetails grant = this.grants.get(id);
		boolean coordinator = user.getRole() == Role.COORDINATOR;
		List<GrantStatus> nextStatuses = grant.status()
			.next()
			.stream()
			.filter((status) -> coordinator || !status.isCoordinatorDecision())
			.toList();
		model.addAttribute("grant", grant);
		model.addAttribute("labels", this.labels.of(Set.of(grant.ideaId()), Set.of(grant.partnerId())));
		model.addAttribute("partnerView", false);
		model.addAttribute("history", this.grants.history(id));
		model.addAttribute("nextStatuses", nextStatuses);
		model.addAttribute("coordinatorOnly", nextStatuses.isEmpty() && !grant.status().next().isEmpty());
		model.addAttribute("confirmations",
				nextStatuses.stream()
					.filter(GrantStatus::isDestructive)
					.collect(Collectors.toMap(Function.identity(), (status) -> "grant.decision.confirm." + status)));
		model.addAttribute("canAward", nextStatuses.contains(GrantStatus.AWARDED));
		model.addAttribute("canSettle", nextStatuses.contains(GrantStatus.SETTLED));
		model.addAttribute("budget", this.grants.budget(
				(decisionForm.getOn() != null) ? decisionForm.getOn().getYear() : LocalDate.now(this.clock).getYear()));
		model.addAttribute("decisionForm", decisionForm);
		return "grants/detail";
	}

	private String form(Model model) {
		List<IdeaOption> ideaOptions = this.ideas.find(new IdeaFilter(null, null, null, null), Sort.by("title"))
			.stream()
			.map((card) -> new IdeaOption(card.id(), card.title(), card.neighbourhoodId()))
			.toList();
		model.addAttribute("ideaOptions",
				ideaOptions.stream().map((idea) -> new Option(idea.id(), idea.title())).toList());
		model.addAttribute("partnerOptions", this.labels.partnerOptions());
		return FORM;
	}

	/** A choice in a record select. */
	record Option(Long id, String name) {
	}

	private void check(GrantForm form, BindingResult result) {
		if (form.getIdeaId() != null && this.ideas.findIdea(form.getIdeaId()).isEmpty()) {
			result.rejectValue("ideaId", "grant.idea.unknown");
		}
		if (form.getPartnerId() != null && this.labels.partnerOptions()
			.stream()
			.noneMatch((option) -> option.id().equals(form.getPartnerId()))) {
			result.rejectValue("partnerId", "grant.partner.unknown");
		}
	}

	/**
	 * The organisation whose grants a partner user may see; an id no grant has when the
	 * account is linked to none.
	 */
	static Long recipientOf(CurrentUser user) {
		return (user.getPartnerId() != null) ? user.getPartnerId() : -1L;
	}

}
