package nl.cultuurschakel.binnenbuiten.dashboard.web;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import jakarta.validation.Valid;

import lombok.RequiredArgsConstructor;
import nl.cultuurschakel.binnenbuiten.account.CurrentUser;
import nl.cultuurschakel.binnenbuiten.dashboard.FigureKey;
import nl.cultuurschakel.binnenbuiten.dashboard.Narrative;
import nl.cultuurschakel.binnenbuiten.dashboard.ReportNames;
import nl.cultuurschakel.binnenbuiten.dashboard.ReportService;
import nl.cultuurschakel.binnenbuiten.dashboard.ReportWorkbook;
import nl.cultuurschakel.binnenbuiten.dashboard.Selection;
import nl.cultuurschakel.binnenbuiten.neighbourhood.NeighbourhoodService;
import nl.cultuurschakel.binnenbuiten.network.NetworkService;
import nl.cultuurschakel.binnenbuiten.network.scan.ScanFigures;
import nl.cultuurschakel.binnenbuiten.partner.PartnerDomain;
import nl.cultuurschakel.binnenbuiten.shared.InvalidPeriodException;
import nl.cultuurschakel.binnenbuiten.shared.Period;
import nl.cultuurschakel.binnenbuiten.shared.export.Download;
import nl.cultuurschakel.binnenbuiten.shared.web.EditConflict;
import nl.cultuurschakel.binnenbuiten.shared.web.Flash;
import nl.cultuurschakel.binnenbuiten.shared.web.PdfRenderer;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The impact report for a calendar year or any period, as a page, PDF and spreadsheet;
 * coordinators write its narrative.
 */
@Controller
@RequiredArgsConstructor
class ReportController {

	private final ReportService reports;

	private final ReportWorkbook workbook;

	private final PdfRenderer pdf;

	private final NeighbourhoodService neighbourhoods;

	private final ReportNames names;

	private final ScanFigures scans;

	private final NetworkService networks;

	/**
	 * The report of a calendar year ({@code /reports/annual/2024}) or of any period
	 * ({@code /reports/period?from=…&to=…}), as a page, PDF or spreadsheet.
	 */
	@GetMapping({ "/reports/annual/{year}", "/reports/period" })
	String page(@PathVariable(required = false) Long year, @ModelAttribute PeriodParams params, Model model,
			Locale locale) {
		ReportService.Report report = report(year, params);
		model.addAllAttributes(reportModel(report, locale));
		model.addAttribute("narrativeForm",
				NarrativeForm.of(report.period().from(), report.period().to(), report.narrative()));
		return "reports/report";
	}

	@GetMapping({ "/reports/annual/{year}.pdf", "/reports/period.pdf" })
	ResponseEntity<byte[]> pdf(@PathVariable(required = false) Long year, @ModelAttribute PeriodParams params,
			Locale locale) {
		ReportService.Report report = report(year, params);
		return Download.attachment(filename(report, "pdf", locale), Download.PDF,
				this.pdf.render("reports/pdf", reportModel(report, locale), locale));
	}

	@GetMapping({ "/reports/annual/{year}.xlsx", "/reports/period.xlsx" })
	ResponseEntity<byte[]> xlsx(@PathVariable(required = false) Long year, @ModelAttribute PeriodParams params,
			Locale locale) {
		ReportService.Report report = report(year, params);
		return Download.attachment(filename(report, "xlsx", locale), Download.XLSX,
				this.workbook.write(report, locale));
	}

	/**
	 * A period no report can be about (year 0, 25 000 years, an end before the start):
	 * 400, with a page that says why and what is possible.
	 */
	@ExceptionHandler(InvalidPeriodException.class)
	ModelAndView invalidPeriod(InvalidPeriodException ex) {
		ModelAndView page = new ModelAndView("reports/invalid-period", HttpStatus.BAD_REQUEST);
		page.addObject("periodError", ex.messageKey());
		page.addObject("periodErrorArguments", ex.arguments());
		return page;
	}

	@PostMapping("/reports/narrative")
	String writeNarrative(@Valid @ModelAttribute("narrativeForm") NarrativeForm form, BindingResult result,
			@AuthenticationPrincipal CurrentUser user, Model model, Locale locale, RedirectAttributes redirect) {
		Period period = PeriodParams.reportPeriod(form.getFrom(), form.getTo());
		if (!result.hasErrors()) {
			try {
				this.reports.writeNarrative(period, form.toNarrative(), user.getId());
				return Flash.redirect(redirect, "report.narrative.saved", ReportLinks.report(period, Selection.all()));
			}
			catch (ObjectOptimisticLockingFailureException ex) {
				form.setVersion(EditConflict.show(this.reports.narrative(period), result, model).version());
			}
		}
		model.addAllAttributes(reportModel(this.reports.report(period), locale));
		return "reports/report";
	}

	private Map<String, Object> reportModel(ReportService.Report report, Locale locale) {
		Period period = report.period();
		Selection selection = report.selection();
		Map<String, Object> model = new LinkedHashMap<>();
		model.put("report", report);
		model.put("period", period);
		model.put("selection", selection);
		model.put("about", this.names.selection(selection, locale));
		model.put("heading", this.names.heading(period, selection, locale));
		model.put("figureKeys", FigureKey.values());
		model.put("domains", PartnerDomain.values());
		model.put("pdfUrl", ReportLinks.download(period, selection, "pdf"));
		model.put("xlsxUrl", ReportLinks.download(period, selection, "xlsx"));
		model.put("dashboardUrl", ReportLinks.dashboard(period, selection));
		model.put("wholeReportUrl", ReportLinks.report(period, Selection.all()));
		model.put("networks", this.networks.overview(report.sectionIds(), period));
		if (period.isCalendarYear()) {
			model.put("scanYear", String.valueOf(period.from().getYear()));
			model.put("scans", this.scans.perNeighbourhood(period.from().getYear(), selection.neighbourhoodIds()));
		}
		return model;
	}

	/**
	 * The report asked for: of the calendar year of the path, or else of the period of
	 * the parameters, for the neighbourhoods they select.
	 */
	private ReportService.Report report(Long year, PeriodParams params) {
		Period period = (year != null) ? Period.year(year)
				: PeriodParams.reportPeriod(params.getFrom(), params.getTo());
		return this.reports.report(period, params.selection(this.neighbourhoods.all()));
	}

	private String filename(ReportService.Report report, String extension, Locale locale) {
		return this.names.filename(report.period(), report.selection(), extension, locale);
	}

}
