package nl.cultuurschakel.binnenbuiten.network.scan;

import java.util.Locale;

import jakarta.validation.Valid;

import lombok.RequiredArgsConstructor;
import nl.cultuurschakel.binnenbuiten.account.CurrentUser;
import nl.cultuurschakel.binnenbuiten.account.Role;
import nl.cultuurschakel.binnenbuiten.neighbourhood.NeighbourhoodDetails;
import nl.cultuurschakel.binnenbuiten.neighbourhood.NeighbourhoodService;
import nl.cultuurschakel.binnenbuiten.partner.NeighbourhoodAccess;
import nl.cultuurschakel.binnenbuiten.shared.Period;
import nl.cultuurschakel.binnenbuiten.shared.web.EditConflict;
import nl.cultuurschakel.binnenbuiten.shared.web.Flash;

import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
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
 * The building-blocks scan of a neighbourhood for a year
 * ({@code /neighbourhoods/{id}/scan/{year}}): advisors and coordinators fill it in,
 * coordinators sign it off, partner users read the scans of the neighbourhoods where
 * their organisation is a member. A year outside the planning years is a bad request
 * (400), a neighbourhood the user may not see is not found (404).
 */
@Controller
@RequestMapping("/neighbourhoods/{neighbourhoodId}/scan/{year}")
@RequiredArgsConstructor
class ScanController {

	private static final String PAGE = "scan/page";

	private final NeighbourhoodService neighbourhoods;

	private final NeighbourhoodAccess access;

	private final ScanService scans;

	private final ScanPage page;

	/**
	 * Binds only the fields of the items there are: a request naming another item (a
	 * typing error, an old form) binds nothing for it instead of failing.
	 */
	@InitBinder("scanForm")
	void allowOnlyKnownItems(WebDataBinder binder) {
		binder.setAllowedFields(ScanForm.FIELDS);
	}

	@GetMapping
	String show(@PathVariable Long neighbourhoodId, @PathVariable long year, @AuthenticationPrincipal CurrentUser user,
			Model model, Locale locale) {
		NeighbourhoodDetails neighbourhood = visible(user, neighbourhoodId);
		int scanYear = planningYear(year);
		ScanView scan = this.scans.get(neighbourhoodId, scanYear);
		model.addAttribute("scanForm", ScanForm.of(scan));
		return show(neighbourhood, scan, user, model, locale);
	}

	@PostMapping
	String save(@PathVariable Long neighbourhoodId, @PathVariable long year, @AuthenticationPrincipal CurrentUser user,
			@Valid @ModelAttribute ScanForm scanForm, BindingResult result, Model model, Locale locale,
			RedirectAttributes redirect) {
		NeighbourhoodDetails neighbourhood = staffOnly(user, neighbourhoodId);
		int scanYear = planningYear(year);
		if (!result.hasErrors()) {
			try {
				boolean reopened = this.scans.answer(neighbourhoodId, scanYear, scanForm.toAnswers(),
						scanForm.getVersion(), user.getId());
				return Flash.redirect(redirect, reopened ? "scan.saved.reopened" : "scan.saved",
						path(neighbourhoodId, scanYear));
			}
			catch (ObjectOptimisticLockingFailureException ex) {
				scanForm
					.setVersion(EditConflict.show(this.scans.get(neighbourhoodId, scanYear), result, model).version());
			}
		}
		return show(neighbourhood, this.scans.get(neighbourhoodId, scanYear), user, model, locale);
	}

	/**
	 * A coordinator signs off the scan as it was on the page ({@code version}); when it
	 * changed since, the page shows it again with a message that nothing was signed.
	 */
	@PostMapping("/sign-off")
	String signOff(@PathVariable Long neighbourhoodId, @PathVariable long year,
			@AuthenticationPrincipal CurrentUser user, @RequestParam long version, RedirectAttributes redirect) {
		staffOnly(user, neighbourhoodId);
		if (user.getRole() != Role.COORDINATOR) {
			throw new AccessDeniedException("Only a coordinator signs off a scan");
		}
		int scanYear = planningYear(year);
		try {
			this.scans.signOff(neighbourhoodId, scanYear, version, user.getId());
			return Flash.redirect(redirect, "scan.signedOff", path(neighbourhoodId, scanYear));
		}
		catch (ObjectOptimisticLockingFailureException ex) {
			return Flash.redirect(redirect, "scan.signOff.changed", path(neighbourhoodId, scanYear));
		}
	}

	private String show(NeighbourhoodDetails neighbourhood, ScanView scan, CurrentUser user, Model model,
			Locale locale) {
		model.addAllAttributes(this.page.model(neighbourhood, scan, user, locale));
		return PAGE;
	}

	/** A year of the planning years, else 400 ({@code InvalidPeriodException}). */
	private static int planningYear(long year) {
		return Period.year(year).from().getYear();
	}

	private static String path(Long neighbourhoodId, int year) {
		return "/neighbourhoods/" + neighbourhoodId + "/scan/" + year;
	}

	/** Staff see every neighbourhood, a partner user those of the own organisation. */
	private NeighbourhoodDetails visible(CurrentUser user, Long neighbourhoodId) {
		this.access.checkMaySee(user, neighbourhoodId);
		return this.neighbourhoods.get(neighbourhoodId);
	}

	private NeighbourhoodDetails staffOnly(CurrentUser user, Long neighbourhoodId) {
		if (!user.isStaff()) {
			throw new AccessDeniedException("Only staff fill in a scan");
		}
		return this.neighbourhoods.get(neighbourhoodId);
	}

}
