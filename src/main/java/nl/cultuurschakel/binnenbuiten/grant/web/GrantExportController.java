package nl.cultuurschakel.binnenbuiten.grant.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

import nl.cultuurschakel.binnenbuiten.account.CurrentUser;
import nl.cultuurschakel.binnenbuiten.grant.GrantFilter;
import nl.cultuurschakel.binnenbuiten.grant.GrantRow;
import nl.cultuurschakel.binnenbuiten.grant.GrantService;
import nl.cultuurschakel.binnenbuiten.grant.GrantStatus;

import org.springframework.context.MessageSource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The grant list as CSV (UTF-8 with BOM, semicolon-separated, ISO dates, decimal comma)
 * and as XLSX, with the same filters as the list.
 */
@Controller
@RequestMapping("/grants")
class GrantExportController {

	private static final String[] COLUMNS = { "id", "idea", "neighbourhood", "partner", "status", "amountRequested",
			"amountAwarded", "requestedOn", "decidedOn", "paidOn", "settledOn", "reportDueOn", "overBudget" };

	private static final MediaType XLSX = MediaType
		.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

	private final GrantService grants;

	private final GrantLabels labels;

	private final MessageSource messages;

	GrantExportController(GrantService grants, GrantLabels labels, MessageSource messages) {
		this.grants = grants;
		this.labels = labels;
		this.messages = messages;
	}

	@GetMapping("/export.csv")
	ResponseEntity<byte[]> csv(@AuthenticationPrincipal CurrentUser user, @RequestParam(required = false) Integer year,
			@RequestParam(required = false) GrantStatus status, @RequestParam(required = false) Long neighbourhood,
			@RequestParam(required = false) Long partner, Locale locale) {
		StringBuilder csv = new StringBuilder("\uFEFF");
		for (List<String> line : lines(user, new GrantFilter(year, status, neighbourhood, partner), locale)) {
			csv.append(String.join(";", line.stream().map(GrantExportController::quote).toList())).append("\r\n");
		}
		return download(csv.toString().getBytes(StandardCharsets.UTF_8),
				new MediaType("text", "csv", StandardCharsets.UTF_8), "bijdragen.csv");
	}

	@GetMapping("/export.xlsx")
	ResponseEntity<byte[]> xlsx(@AuthenticationPrincipal CurrentUser user, @RequestParam(required = false) Integer year,
			@RequestParam(required = false) GrantStatus status, @RequestParam(required = false) Long neighbourhood,
			@RequestParam(required = false) Long partner, Locale locale) {
		GrantFilter filter = GrantController.visibleTo(user, new GrantFilter(year, status, neighbourhood, partner));
		List<GrantRow> rows = this.grants.findAll(filter, GrantController.DEFAULT_SORT);
		GrantNames names = this.labels.of(rows);
		try (SXSSFWorkbook workbook = new SXSSFWorkbook(100); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			Sheet sheet = workbook.createSheet(message("grant.export.sheet", locale));
			CellStyle money = workbook.createCellStyle();
			money.setDataFormat(workbook.createDataFormat().getFormat("#,##0.00"));
			CellStyle date = workbook.createCellStyle();
			date.setDataFormat(workbook.createDataFormat().getFormat("yyyy-mm-dd"));
			Row header = sheet.createRow(0);
			for (int i = 0; i < COLUMNS.length; i++) {
				header.createCell(i).setCellValue(message("grant.export." + COLUMNS[i], locale));
			}
			int index = 1;
			for (GrantRow row : rows) {
				Row line = sheet.createRow(index++);
				line.createCell(0).setCellValue(row.id());
				line.createCell(1).setCellValue(names.idea(row.ideaId()));
				line.createCell(2).setCellValue(names.neighbourhood(row.ideaId()));
				line.createCell(3).setCellValue(names.partner(row.partnerId()));
				line.createCell(4).setCellValue(message("grant.status." + row.status(), locale));
				money(line, 5, row.amountRequested(), money);
				money(line, 6, row.amountAwarded(), money);
				date(line, 7, row.requestedOn(), date);
				date(line, 8, row.decidedOn(), date);
				date(line, 9, row.paidOn(), date);
				date(line, 10, row.settledOn(), date);
				date(line, 11, row.reportDueOn(), date);
				line.createCell(12)
					.setCellValue(message(row.overBudget() ? "list.filter.yes" : "list.filter.no", locale));
			}
			workbook.write(out);
			workbook.dispose();
			return download(out.toByteArray(), XLSX, "bijdragen.xlsx");
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private List<List<String>> lines(CurrentUser user, GrantFilter requested, Locale locale) {
		GrantFilter filter = GrantController.visibleTo(user, requested);
		List<GrantRow> rows = this.grants.findAll(filter, GrantController.DEFAULT_SORT);
		GrantNames names = this.labels.of(rows);
		List<List<String>> lines = new ArrayList<>();
		List<String> header = new ArrayList<>();
		for (String column : COLUMNS) {
			header.add(message("grant.export." + column, locale));
		}
		lines.add(header);
		for (GrantRow row : rows) {
			lines.add(List.of(String.valueOf(row.id()), names.idea(row.ideaId()), names.neighbourhood(row.ideaId()),
					names.partner(row.partnerId()), message("grant.status." + row.status(), locale),
					amount(row.amountRequested()), amount(row.amountAwarded()), iso(row.requestedOn()),
					iso(row.decidedOn()), iso(row.paidOn()), iso(row.settledOn()), iso(row.reportDueOn()),
					message(row.overBudget() ? "list.filter.yes" : "list.filter.no", locale)));
		}
		return lines;
	}

	private String message(String key, Locale locale) {
		return this.messages.getMessage(key, null, key, locale);
	}

	/** Two decimals with a decimal comma, as Dutch spreadsheets read a semicolon CSV. */
	static String amount(BigDecimal amount) {
		return (amount != null) ? amount.setScale(2).toPlainString().replace('.', ',') : "";
	}

	private static String iso(LocalDate date) {
		return (date != null) ? date.toString() : "";
	}

	private static String quote(String value) {
		if (value.contains(";") || value.contains("\"") || value.contains("\n") || value.contains("\r")) {
			return "\"" + value.replace("\"", "\"\"") + "\"";
		}
		return value;
	}

	private static void money(Row row, int column, BigDecimal amount, CellStyle style) {
		Cell cell = row.createCell(column);
		if (amount != null) {
			// A spreadsheet stores numbers as binary floating point; two decimals are
			// exact
			// enough to show, all arithmetic stays in BigDecimal and SQL.
			cell.setCellValue(amount.doubleValue());
			cell.setCellStyle(style);
		}
	}

	private static void date(Row row, int column, LocalDate value, CellStyle style) {
		Cell cell = row.createCell(column);
		if (value != null) {
			cell.setCellValue(value);
			cell.setCellStyle(style);
		}
	}

	private static ResponseEntity<byte[]> download(byte[] body, MediaType type, String filename) {
		return ResponseEntity.ok()
			.contentType(type)
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename(filename).build().toString())
			.body(body);
	}

}
