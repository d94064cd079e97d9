package nl.cultuurschakel.binnenbuiten.grant.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import nl.cultuurschakel.binnenbuiten.account.CurrentUser;
import nl.cultuurschakel.binnenbuiten.grant.GrantFilter;
import nl.cultuurschakel.binnenbuiten.grant.GrantRow;
import nl.cultuurschakel.binnenbuiten.grant.GrantService;
import nl.cultuurschakel.binnenbuiten.grant.GrantStatus;
import nl.cultuurschakel.binnenbuiten.shared.export.CsvWriter;
import nl.cultuurschakel.binnenbuiten.shared.export.Download;
import nl.cultuurschakel.binnenbuiten.shared.export.ExportColumns;
import nl.cultuurschakel.binnenbuiten.shared.export.Money;
import nl.cultuurschakel.binnenbuiten.shared.export.SheetWriter;
import nl.cultuurschakel.binnenbuiten.shared.export.Spreadsheet;
import nl.cultuurschakel.binnenbuiten.shared.web.SortGuard;

import org.springframework.context.MessageSource;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.data.web.SortDefault;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The grant list as CSV and XLSX: the same filters and order as the list. Staff get every
 * column; a partner user only what identifies a grant of the own organisation, its status
 * and its amounts — no conditions, budget flag or internal milestone dates.
 */
@Controller
@RequestMapping("/grants")
class GrantExportController {

	private final GrantService grants;

	private final GrantLabels labels;

	private final MessageSource messages;

	private final Clock clock;

	GrantExportController(GrantService grants, GrantLabels labels, MessageSource messages, Clock clock) {
		this.grants = grants;
		this.labels = labels;
		this.messages = messages;
		this.clock = clock;
	}

	@GetMapping("/export.csv")
	ResponseEntity<byte[]> csv(@AuthenticationPrincipal CurrentUser user, @RequestParam(required = false) Integer year,
			@RequestParam(required = false) GrantStatus status, @RequestParam(required = false) Long neighbourhood,
			@RequestParam(required = false) Long partner,
			@SortDefault(sort = "requestedOn", direction = Sort.Direction.DESC) Sort sort, Locale locale) {
		List<GrantRow> rows = find(user, new GrantFilter(year, status, neighbourhood, partner), sort);
		ExportColumns<GrantRow> columns = columns(user, rows, locale);
		byte[] csv = CsvWriter.bytes((out) -> {
			out.row(columns.headers((key) -> text(key, locale)));
			rows.forEach((row) -> out.row(columns.values(row)));
		});
		return Download.attachment(filename(locale, "csv"), Download.CSV, csv);
	}

	@GetMapping("/export.xlsx")
	ResponseEntity<byte[]> xlsx(@AuthenticationPrincipal CurrentUser user, @RequestParam(required = false) Integer year,
			@RequestParam(required = false) GrantStatus status, @RequestParam(required = false) Long neighbourhood,
			@RequestParam(required = false) Long partner,
			@SortDefault(sort = "requestedOn", direction = Sort.Direction.DESC) Sort sort, Locale locale) {
		List<GrantRow> rows = find(user, new GrantFilter(year, status, neighbourhood, partner), sort);
		ExportColumns<GrantRow> columns = columns(user, rows, locale);
		try (Spreadsheet workbook = new Spreadsheet(this.messages, locale)) {
			SheetWriter sheet = workbook.sheet("grant.export.sheet", columns.headers(workbook::text));
			rows.forEach((row) -> sheet.row(columns.values(row)));
			return Download.attachment(filename(locale, "xlsx"), Download.XLSX, workbook.toByteArray());
		}
	}

	/** What the list shows this user, in the list's order. */
	private List<GrantRow> find(CurrentUser user, GrantFilter requested, Sort sort) {
		Sort order = SortGuard.allow(PageRequest.of(0, 1, sort), GrantController.SORTABLE, GrantController.DEFAULT_SORT)
			.getSort();
		if (order.getOrderFor("id") == null) {
			// The same grants in the same order on every download.
			order = order.and(Sort.by("id"));
		}
		return this.grants.findAll(GrantController.visibleTo(user, requested), order);
	}

	private ExportColumns<GrantRow> columns(CurrentUser user, List<GrantRow> rows, Locale locale) {
		GrantNames names = this.labels.of(rows);
		ExportColumns<GrantRow> columns = new ExportColumns<>();
		boolean staff = user.isStaff();
		if (staff) {
			columns.add("grant.export.id", GrantRow::id);
		}
		columns.add("grant.export.idea", (row) -> names.idea(row.ideaId()))
			.add("grant.export.neighbourhood", (row) -> names.neighbourhood(row.ideaId()))
			.add("grant.export.partner", (row) -> names.partner(row.partnerId()))
			.add("grant.export.status", (row) -> text("grant.status." + row.status(), locale))
			.add("grant.export.amountRequested", (row) -> Money.of(row.amountRequested()))
			.add("grant.export.amountAwarded", (row) -> Money.of(row.amountAwarded()));
		if (staff) {
			columns.add("grant.export.requestedOn", GrantRow::requestedOn)
				.add("grant.export.decidedOn", GrantRow::decidedOn)
				.add("grant.export.paidOn", GrantRow::paidOn)
				.add("grant.export.settledOn", GrantRow::settledOn)
				.add("grant.export.reportDueOn", GrantRow::reportDueOn)
				.add("grant.export.overBudget",
						(row) -> text(row.overBudget() ? "list.filter.yes" : "list.filter.no", locale));
		}
		return columns;
	}

	private String filename(Locale locale, String extension) {
		return Download.filename(this.messages, locale, "grant.export.filename", LocalDate.now(this.clock).toString(),
				extension);
	}

	private String text(String key, Locale locale) {
		return this.messages.getMessage(key, null, key, locale);
	}

}
