package nl.cultuurschakel.binnenbuiten.dashboard.web;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import jakarta.validation.Valid;

import nl.cultuurschakel.binnenbuiten.account.CurrentUser;
import nl.cultuurschakel.binnenbuiten.dashboard.FigureKey;
import nl.cultuurschakel.binnenbuiten.dashboard.Narrative;
import nl.cultuurschakel.binnenbuiten.dashboard.ReportPeriod;
import nl.cultuurschakel.binnenbuiten.dashboard.ReportService;
import nl.cultuurschakel.binnenbuiten.dashboard.ReportWorkbook;
import nl.cultuurschakel.binnenbuiten.partner.PartnerDomain;
import nl.cultuurschakel.binnenbuiten.shared.export.Download;
import nl.cultuurschakel.binnenbuiten.shared.web.PdfRenderer;

import org.springframework.http.ResponseEntity;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The impact report for a calendar year or any period, as a page, PDF and spreadsheet;
 * coordinators write its narrative.
 */
@Controller
class ReportController {

	private final ReportService reports;

	private final ReportWorkbook workbook;

	private final PdfRenderer pdf;

	ReportController(ReportService reports, ReportWorkbook workbook, PdfRenderer pdf) {
		this.reports = reports;
		this.workbook = workbook;
		this.pdf = pdf;
	}

	@GetMapping("/reports/annual/{year:\\d{4}}")
	String annual(@PathVariable int year, Model model) {
		return page(ReportPeriod.year(year), model);
	}

	@GetMapping("/reports/period")
	String period(@RequestParam LocalDate from, @RequestParam LocalDate to, Model model) {
		return page(period(from, to), model);
	}

	@GetMapping("/reports/annual/{year:\\d{4}}.pdf")
	ResponseEntity<byte[]> annualPdf(@PathVariable int year, Locale locale) {
		return pdf(ReportPeriod.year(year), locale);
	}

	@GetMapping("/reports/period.pdf")
	ResponseEntity<byte[]> periodPdf(@RequestParam LocalDate from, @RequestParam LocalDate to, Locale locale) {
		return pdf(period(from, to), locale);
	}

	@GetMapping("/reports/annual/{year:\\d{4}}.xlsx")
	ResponseEntity<byte[]> annualXlsx(@PathVariable int year, Locale locale) {
		return xlsx(ReportPeriod.year(year), locale);
	}

	@GetMapping("/reports/period.xlsx")
	ResponseEntity<byte[]> periodXlsx(@RequestParam LocalDate from, @RequestParam LocalDate to, Locale locale) {
		return xlsx(period(from, to), locale);
	}

	@PostMapping("/reports/narrative")
	String writeNarrative(@Valid @ModelAttribute("narrativeForm") NarrativeForm form, BindingResult result,
			@AuthenticationPrincipal CurrentUser user, Model model, RedirectAttributes redirect) {
		if (form.getFrom() == null || form.getTo() == null || form.getTo().isBefore(form.getFrom())) {
			throw new InvalidPeriodException();
		}
		ReportPeriod period = new ReportPeriod(form.getFrom(), form.getTo());
		if (!result.hasErrors()) {
			try {
				this.reports.writeNarrative(period, form.toNarrative(), user.getId());
				redirect.addFlashAttribute("flash", "report.narrative.saved");
				return "redirect:" + url(period);
			}
			catch (ObjectOptimisticLockingFailureException ex) {
				result.reject("edit.conflict");
				Narrative current = this.reports.narrative(period);
				model.addAttribute("currentNarrative", current);
				form.setVersion(current.version());
			}
		}
		model.addAllAttributes(reportModel(period));
		return "reports/report";
	}

	private String page(ReportPeriod period, Model model) {
		ReportService.Report report = this.reports.report(period);
		model.addAllAttributes(reportModel(period, report));
		model.addAttribute("narrativeForm", NarrativeForm.of(period.from(), period.to(), report.narrative()));
		return "reports/report";
	}

	private Map<String, Object> reportModel(ReportPeriod period) {
		return reportModel(period, this.reports.report(period));
	}

	private Map<String, Object> reportModel(ReportPeriod period, ReportService.Report report) {
		Map<String, Object> model = new LinkedHashMap<>();
		model.put("report", report);
		model.put("period", period);
		model.put("figureKeys", FigureKey.values());
		model.put("domains", PartnerDomain.values());
		model.put("pdfUrl", download(period, "pdf"));
		model.put("xlsxUrl", download(period, "xlsx"));
		return model;
	}

	private ResponseEntity<byte[]> pdf(ReportPeriod period, Locale locale) {
		return Download.attachment(this.workbook.filename(period, "pdf", locale), Download.PDF,
				this.pdf.render("reports/pdf", reportModel(period), locale));
	}

	private ResponseEntity<byte[]> xlsx(ReportPeriod period, Locale locale) {
		return Download.attachment(this.workbook.filename(period, "xlsx", locale), Download.XLSX,
				this.workbook.write(this.reports.report(period), locale));
	}

	private static ReportPeriod period(LocalDate from, LocalDate to) {
		if (to.isBefore(from)) {
			throw new InvalidPeriodException();
		}
		return new ReportPeriod(from, to);
	}

	static String url(ReportPeriod period) {
		return period.isCalendarYear() ? "/reports/annual/" + period.from().getYear()
				: "/reports/period?from=" + period.from() + "&to=" + period.to();
	}

	private static String download(ReportPeriod period, String extension) {
		return period.isCalendarYear() ? "/reports/annual/" + period.from().getYear() + "." + extension
				: "/reports/period." + extension + "?from=" + period.from() + "&to=" + period.to();
	}

}
