package nl.cultuurschakel.binnenbuiten.idea.web;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.validation.Valid;

import lombok.RequiredArgsConstructor;
import nl.cultuurschakel.binnenbuiten.account.CurrentUser;
import nl.cultuurschakel.binnenbuiten.idea.IdeaService;
import nl.cultuurschakel.binnenbuiten.neighbourhood.NeighbourhoodService;
import nl.cultuurschakel.binnenbuiten.shared.Discipline;
import nl.cultuurschakel.binnenbuiten.shared.export.Download;
import nl.cultuurschakel.binnenbuiten.shared.web.ExportFiles;
import nl.cultuurschakel.binnenbuiten.shared.web.Flash;
import nl.cultuurschakel.binnenbuiten.workshop.WorkshopDetails;
import nl.cultuurschakel.binnenbuiten.workshop.WorkshopService;

import org.springframework.http.ResponseEntity;
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
 * The ideas of one workshop: adding them one after another right from the workshop page,
 * and telling the children what became of them ("Wat is er met jullie idee gebeurd?") as
 * a printable page and as PDF.
 */
@Controller
@RequestMapping("/workshops/{workshopId}")
@RequiredArgsConstructor
class WorkshopIdeaController {

	private final IdeaService ideas;

	private final WorkshopService workshops;

	private final NeighbourhoodService neighbourhoods;

	private final OutcomeReport outcomes;

	private final ExportFiles files;

	@PostMapping("/ideas")
	String add(@PathVariable Long workshopId, @AuthenticationPrincipal CurrentUser user,
			@Valid @ModelAttribute("ideaForm") QuickIdeaForm ideaForm, BindingResult result, Model model,
			RedirectAttributes redirect) {
		WorkshopDetails workshop = this.workshops.get(workshopId);
		if (result.hasErrors()) {
			model.addAttribute("workshop", workshop);
			model.addAttribute("neighbourhoodName", this.neighbourhoods.get(workshop.data().neighbourhoodId()).name());
			model.addAttribute("disciplines", Discipline.values());
			return "ideas/quick-add";
		}
		this.ideas.collect(ideaForm.toData(workshop), user.asActor());
		return Flash.redirect(redirect, "idea.added", "/workshops/" + workshopId);
	}

	@GetMapping("/outcome")
	String outcome(@PathVariable Long workshopId, Model model) {
		model.addAllAttributes(this.outcomes.model(workshopId));
		return "ideas/outcome";
	}

	@GetMapping("/outcome.pdf")
	ResponseEntity<byte[]> outcomePdf(@PathVariable Long workshopId, Locale locale) {
		byte[] pdf = this.outcomes.pdf(workshopId, locale);
		LocalDate heldOn = this.workshops.get(workshopId).data().heldOn();
		return this.files.of("idea.outcome.filename", heldOn, "pdf", Download.PDF, locale, pdf);
	}

}
