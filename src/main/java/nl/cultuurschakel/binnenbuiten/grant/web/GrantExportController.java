package nl.cultuurschakel.binnenbuiten.grant.web;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Collectors;

import lombok.RequiredArgsConstructor;
import nl.cultuurschakel.binnenbuiten.account.CurrentUser;
import nl.cultuurschakel.binnenbuiten.account.Role;
import nl.cultuurschakel.binnenbuiten.grant.GrantFilter;
import nl.cultuurschakel.binnenbuiten.grant.GrantRow;
import nl.cultuurschakel.binnenbuiten.grant.GrantService;
import nl.cultuurschakel.binnenbuiten.grant.GrantSummary;
import nl.cultuurschakel.binnenbuiten.shared.export.CsvWriter;
import nl.cultuurschakel.binnenbuiten.shared.export.Download;
import nl.cultuurschakel.binnenbuiten.shared.export.ExportColumns;
import nl.cultuurschakel.binnenbuiten.shared.export.Money;
import nl.cultuurschakel.binnenbuiten.shared.export.SheetWriter;
import nl.cultuurschakel.binnenbuiten.shared.export.Spreadsheet;
import nl.cultuurschakel.binnenbuiten.shared.web.ExportFiles;
import nl.cultuurschakel.binnenbuiten.shared.web.SortGuard;

import org.springframework.data.domain.Sort;
import org.springframework.data.web.SortDefault;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.RequestMapping;

/**
 * The grant list as CSV and XLSX: the same filters and order as the list. Staff get every
 * column; a partner user only what identifies a grant of the own organisation, its status
 * and its amounts — no conditions, budget flag or internal milestone dates.
 */
@Controller
@RequestMapping("/grants")
@RequiredArgsConstructor
class GrantExportController {

	private static final String FILENAME = "grant.export.filename";

	private final GrantService grants;

	private final GrantLabels labels;

	private final ExportFiles files;

	@GetMapping("/export.csv")
	ResponseEntity<byte[]> csv(@AuthenticationPrincipal CurrentUser user, @ModelAttribute GrantListFilter filter,
			@SortDefault(sort = "requestedOn", direction = Sort.Direction.DESC) Sort sort, Locale locale) {
		Rows<?> rows = rows(user, filter.toFilter(), sort, locale);
		byte[] csv = CsvWriter.bytes((out) -> {
			out.row(rows.headers((key) -> this.files.text(key, locale)));
			rows.forEach(out::row);
		});
		return this.files.ofToday(FILENAME, "csv", Download.CSV, locale, csv);
	}

	@GetMapping("/export.xlsx")
	ResponseEntity<byte[]> xlsx(@AuthenticationPrincipal CurrentUser user, @ModelAttribute GrantListFilter filter,
			@SortDefault(sort = "requestedOn", direction = Sort.Direction.DESC) Sort sort, Locale locale) {
		Rows<?> rows = rows(user, filter.toFilter(), sort, locale);
		try (Spreadsheet workbook = this.files.spreadsheet(locale)) {
			SheetWriter sheet = workbook.sheet("grant.export.sheet", rows.headers(workbook::text));
			rows.forEach(sheet::row);
			return this.files.ofToday(FILENAME, "xlsx", Download.XLSX, locale, workbook.toByteArray());
		}
	}

	/**
	 * What the list shows this user, in the list's order: for staff every column; for a
	 * partner user the own organisation's grants read as {@link GrantSummary}, so the
	 * staff-only fields never leave the grant module for them.
	 */
	private Rows<?> rows(CurrentUser user, GrantFilter requested, Sort sort, Locale locale) {
		if (user.getRole() == Role.PARTNER) {
			Long recipient = GrantController.recipientOf(user);
			List<GrantSummary> grants = this.grants.findAllOfRecipient(recipient, requested.status(),
					order(sort, GrantController.RECIPIENT_SORTABLE));
			GrantNames names = this.labels.of(grants.stream().map(GrantSummary::ideaId).collect(Collectors.toSet()),
					Set.of(recipient));
			ExportColumns<GrantSummary> columns = new ExportColumns<GrantSummary>()
				.add("grant.export.idea", (row) -> names.idea(row.ideaId()))
				.add("grant.export.neighbourhood", (row) -> names.neighbourhood(row.ideaId()))
				.add("grant.export.partner", (row) -> names.partner(row.partnerId()))
				.add("grant.export.status", (row) -> this.files.text("grant.status." + row.status(), locale))
				.add("grant.export.amountRequested", (row) -> Money.of(row.amountRequested()))
				.add("grant.export.amountAwarded", (row) -> Money.of(row.amountAwarded()));
			return new Rows<>(columns, grants);
		}
		List<GrantRow> grants = this.grants.findAll(requested, order(sort, GrantController.SORTABLE));
		GrantNames names = this.labels.of(grants);
		ExportColumns<GrantRow> columns = new ExportColumns<GrantRow>().add("grant.export.id", GrantRow::id)
			.add("grant.export.idea", (row) -> names.idea(row.ideaId()))
			.add("grant.export.neighbourhood", (row) -> names.neighbourhood(row.ideaId()))
			.add("grant.export.partner", (row) -> names.partner(row.partnerId()))
			.add("grant.export.status", (row) -> this.files.text("grant.status." + row.status(), locale))
			.add("grant.export.amountRequested", (row) -> Money.of(row.amountRequested()))
			.add("grant.export.amountAwarded", (row) -> Money.of(row.amountAwarded()))
			.add("grant.export.requestedOn", GrantRow::requestedOn)
			.add("grant.export.decidedOn", GrantRow::decidedOn)
			.add("grant.export.paidOn", GrantRow::paidOn)
			.add("grant.export.settledOn", GrantRow::settledOn)
			.add("grant.export.reportDueOn", GrantRow::reportDueOn)
			.add("grant.export.overBudget",
					(row) -> this.files.text(row.overBudget() ? "list.filter.yes" : "list.filter.no", locale));
		return new Rows<>(columns, grants);
	}

	/**
	 * The list's sort, limited to what the list offers, and the same on every download.
	 */
	private static Sort order(Sort sort, Set<String> sortable) {
		Sort order = SortGuard.allow(sort, sortable, GrantController.DEFAULT_SORT);
		return (order.getOrderFor("id") == null) ? order.and(Sort.by("id")) : order;
	}

	/** The rows of one download with their columns. */
	private record Rows<T>(ExportColumns<T> columns, List<T> rows) {

		List<String> headers(Function<String, String> text) {
			return this.columns.headers(text);
		}

		void forEach(Consumer<List<?>> out) {
			this.rows.forEach((row) -> out.accept(this.columns.values(row)));
		}

	}

}
