package nl.cultuurschakel.binnenbuiten.grant.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import jakarta.validation.Valid;

import nl.cultuurschakel.binnenbuiten.account.CurrentUser;
import nl.cultuurschakel.binnenbuiten.account.Role;
import nl.cultuurschakel.binnenbuiten.grant.GrantDetails;
import nl.cultuurschakel.binnenbuiten.grant.GrantFilter;
import nl.cultuurschakel.binnenbuiten.grant.GrantNotFoundException;
import nl.cultuurschakel.binnenbuiten.grant.GrantRow;
import nl.cultuurschakel.binnenbuiten.grant.GrantService;
import nl.cultuurschakel.binnenbuiten.grant.GrantStatus;
import nl.cultuurschakel.binnenbuiten.grant.GrantTransitionException;
import nl.cultuurschakel.binnenbuiten.grant.OverBudgetException;
import nl.cultuurschakel.binnenbuiten.idea.Actor;
import nl.cultuurschakel.binnenbuiten.idea.IdeaFilter;
import nl.cultuurschakel.binnenbuiten.idea.IdeaOption;
import nl.cultuurschakel.binnenbuiten.idea.IdeaService;
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
class GrantController {

	static final Set<String> SORTABLE = Set.of("requestedOn", "decidedOn", "status", "amountRequested",
			"amountAwarded");

	static final Sort DEFAULT_SORT = Sort.by(Sort.Direction.DESC, "requestedOn").and(Sort.by("id"));

	private static final String FORM = "grants/form";

	private final GrantService grants;

	private final IdeaService ideas;

	private final GrantLabels labels;

	private final Clock clock;

	GrantController(GrantService grants, IdeaService ideas, GrantLabels labels, Clock clock) {
		this.grants = grants;
		this.ideas = ideas;
		this.labels = labels;
		this.clock = clock;
	}

	@ModelAttribute("statuses")
	GrantStatus[] statuses() {
		return GrantStatus.values();
	}

	@GetMapping
	String list(@AuthenticationPrincipal CurrentUser user, @RequestParam(required = false) Integer year,
			@RequestParam(required = false) GrantStatus status, @RequestParam(required = false) Long neighbourhood,
			@RequestParam(required = false) Long partner,
			@PageableDefault(size = 25, sort = "requestedOn", direction = Sort.Direction.DESC) Pageable pageable,
			Model model) {
		GrantFilter filter = visibleTo(user, new GrantFilter(year, status, neighbourhood, partner));
		Page<GrantRow> page = this.grants.find(filter, SortGuard.allow(pageable, SORTABLE, DEFAULT_SORT));
		model.addAttribute("grants", page);
		model.addAttribute("labels", this.labels.of(page.getContent()));
		model.addAttribute("totals", this.grants.totals(filter));
		model.addAttribute("filter", filter);
		model.addAttribute("partnerView", user.getRole() == Role.PARTNER);
		if (user.isStaff()) {
			model.addAttribute("neighbourhoodOptions", this.labels.neighbourhoodOptions());
			model.addAttribute("partnerOptions", this.labels.partnerOptions());
		}
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
		Long id = this.grants.request(grantForm.toRequest(), actor(user));
		redirect.addFlashAttribute("flash", "grant.created");
		return "redirect:/grants/" + id;
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
			redirect.addFlashAttribute("flash", "grant.saved");
			return "redirect:/grants/" + id;
		}
		catch (ObjectOptimisticLockingFailureException ex) {
			GrantDetails current = this.grants.get(id);
			result.reject("edit.conflict");
			model.addAttribute("current", current);
			grantForm.setVersion(current.version());
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
		if (decisionForm.getStatus() != null && decisionForm.getStatus().isCoordinatorDecision()
				&& user.getRole() != Role.COORDINATOR) {
			throw new AccessDeniedException("Only coordinators decide on grants");
		}
		if (!result.hasErrors()) {
			try {
				this.grants.decide(id, decisionForm.toDecision(), actor(user));
				redirect.addFlashAttribute("flash", "grant.status.changed");
				return "redirect:/grants/" + id;
			}
			catch (OverBudgetException ex) {
				model.addAttribute("overBudgetRemaining", ex.remaining());
				result.rejectValue("confirmOverBudget", "grant.overBudget.confirm");
			}
			catch (GrantTransitionException ex) {
				result.reject(ex.reason());
			}
		}
		return detail(user, id, decisionForm, model);
	}

	private String detail(CurrentUser user, Long id, DecisionForm decisionForm, Model model) {
		GrantDetails grant = this.grants.get(id);
		if (user.getRole() == Role.PARTNER && !grant.partnerId().equals(user.getPartnerId())) {
			throw new GrantNotFoundException(id);
		}
		model.addAttribute("grant", grant);
		model.addAttribute("labels", this.labels.of(Set.of(grant.ideaId()), Set.of(grant.partnerId())));
		model.addAttribute("partnerView", user.getRole() == Role.PARTNER);
		if (user.isStaff()) {
			boolean coordinator = user.getRole() == Role.COORDINATOR;
			model.addAttribute("history", this.grants.history(id));
			model.addAttribute("nextStatuses",
					grant.status()
						.next()
						.stream()
						.filter((status) -> coordinator || !status.isCoordinatorDecision())
						.toList());
			model.addAttribute("budget", this.grants.budget((decisionForm.getOn() != null)
					? decisionForm.getOn().getYear() : LocalDate.now(this.clock).getYear()));
			model.addAttribute("decisionForm", decisionForm);
		}
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
	 * Partner users only ever see their own organisation's grants.
	 */
	static GrantFilter visibleTo(CurrentUser user, GrantFilter filter) {
		if (user.getRole() == Role.PARTNER) {
			return new GrantFilter(filter.year(), filter.status(), null,
					(user.getPartnerId() != null) ? user.getPartnerId() : -1L);
		}
		return filter;
	}

	static Actor actor(CurrentUser user) {
		return new Actor(user.getId(), user.getDisplayName());
	}

}
