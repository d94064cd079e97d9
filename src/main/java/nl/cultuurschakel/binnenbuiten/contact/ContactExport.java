package nl.cultuurschakel.binnenbuiten.contact;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

import nl.cultuurschakel.binnenbuiten.account.AccountService;
import nl.cultuurschakel.binnenbuiten.neighbourhood.NeighbourhoodService;
import nl.cultuurschakel.binnenbuiten.neighbourhood.NeighbourhoodSummary;
import nl.cultuurschakel.binnenbuiten.partner.PartnerService;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Exports exactly the contact moments that the list's filters select, streamed from the
 * database: CSV for Dutch Excel (UTF-8 with BOM, {@code ;} separated, ISO dates) and XLSX
 * (Apache POI's streaming workbook, which keeps only a window of rows in memory). Notes
 * are not exported.
 */
@Service
@Transactional(readOnly = true)
public class ContactExport {

	private static final char BOM = '\uFEFF';

	private final ContactSearch search;

	private final AccountService accounts;

	private final PartnerService partners;

	private final NeighbourhoodService neighbourhoods;

	private final MessageSource messages;

	ContactExport(ContactSearch search, AccountService accounts, PartnerService partners,
			NeighbourhoodService neighbourhoods, MessageSource messages) {
		this.search = search;
		this.accounts = accounts;
		this.partners = partners;
		this.neighbourhoods = neighbourhoods;
		this.messages = messages;
	}

	public void writeCsv(ContactFilter filter, Locale locale, OutputStream out) {
		Columns columns = columns(locale);
		try {
			Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
			writer.write(BOM);
			writeCsvLine(writer, columns.headers());
			this.search.stream(filter, (row) -> writeCsvLine(writer, columns.values(row)));
			writer.flush();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	public void writeXlsx(ContactFilter filter, Locale locale, OutputStream out) {
		Columns columns = columns(locale);
		try (SXSSFWorkbook workbook = new SXSSFWorkbook(100)) {
			Sheet sheet = workbook.createSheet(columns.text("contact.export.sheet"));
			CellStyle dateStyle = workbook.createCellStyle();
			dateStyle.setDataFormat(workbook.getCreationHelper().createDataFormat().getFormat("yyyy-mm-dd"));
			Row header = sheet.createRow(0);
			List<String> headers = columns.headers();
			for (int i = 0; i < headers.size(); i++) {
				header.createCell(i).setCellValue(headers.get(i));
			}
			int[] next = { 1 };
			this.search.stream(filter, (contact) -> {
				Row row = sheet.createRow(next[0]++);
				List<String> values = columns.values(contact);
				Cell date = row.createCell(0);
				date.setCellValue(contact.date());
				date.setCellStyle(dateStyle);
				for (int i = 1; i < values.size(); i++) {
					row.createCell(i).setCellValue(values.get(i));
				}
			});
			workbook.write(out);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * Looks up the names of advisors, partners and neighbourhoods once (small tables), so
	 * the rows can stream without a query each.
	 */
	private Columns columns(Locale locale) {
		Function<String, String> text = (key) -> this.messages.getMessage(key, null, locale);
		Map<Long, String> advisors = this.accounts.allDisplayNames();
		Map<Long, String> partnerNames = this.partners.allNames();
		Map<Long, String> neighbourhoodNames = this.neighbourhoods.all()
			.stream()
			.collect(Collectors.toMap(NeighbourhoodSummary::id, NeighbourhoodSummary::name));
		List<String> headers = List.of(text.apply("contact.date"), text.apply("contact.advisor"),
				text.apply("contact.counterpart"), text.apply("contact.domain"), text.apply("contact.neighbourhood"),
				text.apply("contact.kind"), text.apply("contact.subject"), text.apply("contact.followUp"),
				text.apply("contact.followUpDue"), text.apply("contact.followUpDone"));
		Function<ContactRow, List<String>> values = (row) -> List.of(row.date().toString(),
				orEmpty(advisors.get(row.advisorId())), orEmpty(partnerNames.get(row.counterpartId())),
				text.apply("partner.domain." + row.counterpartDomain()),
				(row.neighbourhoodId() != null) ? orEmpty(neighbourhoodNames.get(row.neighbourhoodId())) : "",
				text.apply("contact.kind." + row.kind()), row.subject(), orEmpty(row.followUp()),
				(row.followUpDue() != null) ? row.followUpDue().toString() : "",
				(row.followUp() == null) ? "" : text.apply(row.followUpDone() ? "list.filter.yes" : "list.filter.no"));
		return new Columns(headers, values, text);
	}

	private static String orEmpty(String value) {
		return (value != null) ? value : "";
	}

	private static void writeCsvLine(Writer writer, List<String> values) {
		try {
			for (int i = 0; i < values.size(); i++) {
				if (i > 0) {
					writer.write(';');
				}
				writer.write(csvField(values.get(i)));
			}
			writer.write("\r\n");
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * Quotes a field when it holds a separator, quote or line break; a leading =, +, -
	 * or @ is prefixed with a quote so a spreadsheet never runs it as a formula.
	 */
	static String csvField(String value) {
		String safe = (!value.isEmpty() && "=+-@".indexOf(value.charAt(0)) >= 0) ? "'" + value : value;
		if (safe.contains(";") || safe.contains("\"") || safe.contains("\n") || safe.contains("\r")) {
			return '"' + safe.replace("\"", "\"\"") + '"';
		}
		return safe;
	}

	private record Columns(List<String> headers, Function<ContactRow, List<String>> values,
			Function<String, String> text) {

		List<String> values(ContactRow row) {
			return this.values.apply(row);
		}

		String text(String key) {
			return this.text.apply(key);
		}

	}

}
