package nl.cultuurschakel.binnenbuiten.activity.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import jakarta.validation.Valid;
import jakarta.validation.groups.Default;

import lombok.RequiredArgsConstructor;
import nl.cultuurschakel.binnenbuiten.account.CurrentUser;
import nl.cultuurschakel.binnenbuiten.activity.ActivityAccess;
import nl.cultuurschakel.binnenbuiten.activity.ActivityClashException;
import nl.cultuurschakel.binnenbuiten.activity.ActivityDetails;
import nl.cultuurschakel.binnenbuiten.activity.ActivityService;
import nl.cultuurschakel.binnenbuiten.activity.ActivityStatus;
import nl.cultuurschakel.binnenbuiten.activity.CostType;
import nl.cultuurschakel.binnenbuiten.shared.Discipline;
import nl.cultuurschakel.binnenbuiten.shared.web.EditConflict;
import nl.cultuurschakel.binnenbuiten.shared.web.Flash;
import nl.cultuurschakel.binnenbuiten.shared.web.SortGuard;

import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.web.PageableDefault;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The activity list, an activity's page, and planning and editing activities and series.
 */
@Controller
@RequestMapping("/activities")
@RequiredArgsConstructor
class ActivityController {

	static final Set<String> SORTABLE = Set.of("date", "title", "discipline", "costType", "status");

	private static final String FORM = "activities/form";

	private final ActivityService activities;

	private final ActivityAccess access;

	private final ActivityFormSupport support;

	private final Clock clock;

	/**
	 * The list; a filter value that cannot be read (a hand-edited URL) is left out and
	 * the list says so, an unreadable day is a bad request; never a 500.
	 */
	@GetMapping
	String list(@ModelAttribute("filter") ActivityListFilter filter, BindingResult filterErrors,
			@PageableDefault(size = 25) Pageable pageable, @AuthenticationPrincipal CurrentUser user, Model model) {
		model.addAttribute("activities",
				this.activities.find(filter.toFilter(this.access.visibleNeighbourhoods(user), filterErrors),
						sorted(pageable, Sort.Direction.DESC)));
		model.addAttribute("filterInvalid", filterErrors.hasErrors());
		model.addAttribute("neighbourhoods", this.support.neighbourhoods(user));
		model.addAttribute("partnerOptions", this.support.filterPartners(user));
		model.addAttribute("disciplines", Discipline.values());
		model.addAttribute("costTypes", CostType.values());
		model.addAttribute("statuses", ActivityStatus.values());
		return "activities/list";
	}

	@GetMapping("/{id}")
	String show(@PathVariable Long id, @AuthenticationPrincipal CurrentUser user, Model model) {
		ActivityDetails activity = this.support.visible(id, user);
		model.addAttribute("activity", activity);
		model.addAttribute("mayChange", this.access.mayChange(user, activity.data()));
		return "activities/detail";
	}

	@GetMapping("/new")
	String newForm(@AuthenticationPrincipal CurrentUser user, Model model) {
		ActivityForm form = new ActivityForm();
		form.setDate(LocalDate.now(this.clock).plusDays(7));
		if (!user.isStaff() && user.getPartnerId() != null) {
			form.getPartnerIds().add(user.getPartnerId());
		}
		model.addAttribute("activityForm", form);
		this.support.addChoices(user, form, null, model);
		return FORM;
	}

	@PostMapping
	String create(@Validated({ Default.class, ActivityForm.NewSeries.class }) @ModelAttribute ActivityForm activityForm,
			BindingResult result, @AuthenticationPrincipal CurrentUser user, Model model, RedirectAttributes redirect) {
		this.support.checkPosted(user, activityForm);
		this.support.validate(user, activityForm, null, result);
		if (!result.hasErrors()) {
			try {
				List<Long> ids = this.activities.plan(activityForm.toData(), activityForm.toSeries(),
						activityForm.isConfirmOverlaps());
				return saved(redirect, ids.size(), "activity.created", "activity.series.created", ids.get(0));
			}
			catch (ActivityClashException ex) {
				showClashes(ex, user, activityForm, result, model);
			}
		}
		this.support.addChoices(user, activityForm, null, model);
		return FORM;
	}

	@GetMapping("/{id}/edit")
	String editForm(@PathVariable Long id, @AuthenticationPrincipal CurrentUser user, Model model) {
		ActivityDetails activity = this.support.changeable(id, user);
		ActivityForm form = ActivityForm.of(activity.data(), activity.version());
		model.addAttribute("activity", activity);
		model.addAttribute("activityForm", form);
		this.support.addChoices(user, form, activity, model);
		return FORM;
	}

	@PostMapping("/{id}")
	String update(@PathVariable Long id, @Valid @ModelAttribute ActivityForm activityForm, BindingResult result,
			@AuthenticationPrincipal CurrentUser user, Model model, RedirectAttributes redirect) {
		ActivityDetails activity = this.support.changeable(id, user);
		this.support.checkPosted(user, activityForm);
		model.addAttribute("activity", activity);
		this.support.validate(user, activityForm, activity, result);
		if (!result.hasErrors()) {
			try {
				int changed = this.activities.update(id, activityForm.toData(), activityForm.getVersion(),
						activityForm.isFollowing(), activityForm.isConfirmOverlaps(),
						user.isStaff() ? null : user.getPartnerId());
				return saved(redirect, changed, "activity.saved", "activity.series.saved", id);
			}
			catch (ActivityClashException ex) {
				showClashes(ex, user, activityForm, result, model);
			}
			catch (ObjectOptimisticLockingFailureException ex) {
				activityForm.setVersion(EditConflict.show(this.activities.get(id), result, model).version());
			}
		}
		this.support.addChoices(user, activityForm, activity, model);
		return FORM;
	}

	/**
	 * Back to the (first) activity saved, with the message for one date or, with their
	 * number, for the dates of a series.
	 */
	private static String saved(RedirectAttributes redirect, int dates, String oneKey, String seriesKey, Long id) {
		if (dates > 1) {
			redirect.addFlashAttribute("seriesSaved", dates);
		}
		return Flash.redirect(redirect, (dates > 1) ? seriesKey : oneKey, "/activities/" + id);
	}

	/**
	 * Names the other activity of each clash only when the user may see it.
	 */
	private void showClashes(ActivityClashException ex, CurrentUser user, ActivityForm form, BindingResult result,
			Model model) {
		model.addAttribute("clashes", this.access.asSeenBy(user, ex.clashes()));
		if (ex.isDoubleBooking()) {
			result.rejectValue("spaceId", "activity.clash.doubleBooked");
		}
		else {
			result.reject("activity.clash.confirm");
		}
		form.setConfirmOverlaps(false);
	}

	/**
	 * Only the offered sort properties; sorting by date also sorts by start time.
	 */
	static Pageable sorted(Pageable pageable, Sort.Direction defaultDirection) {
		Pageable allowed = SortGuard.allow(pageable, SORTABLE, Sort.by(defaultDirection, "date"));
		List<Sort.Order> orders = new ArrayList<>();
		for (Sort.Order order : allowed.getSort()) {
			orders.add(order);
			if (order.getProperty().equals("date")) {
				orders.add(new Sort.Order(order.getDirection(), "startTime"));
			}
		}
		orders.add(Sort.Order.asc("id"));
		return org.springframework.data.domain.PageRequest.of(allowed.getPageNumber(), allowed.getPageSize(),
				Sort.by(orders));
	}

}
