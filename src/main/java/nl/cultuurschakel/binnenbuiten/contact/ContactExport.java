package nl.cultuurschakel.binnenbuiten.contact;

import java.io.OutputStream;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

import lombok.RequiredArgsConstructor;
import nl.cultuurschakel.binnenbuiten.account.AccountService;
import nl.cultuurschakel.binnenbuiten.neighbourhood.NeighbourhoodService;
import nl.cultuurschakel.binnenbuiten.partner.PartnerService;
import nl.cultuurschakel.binnenbuiten.shared.export.CsvWriter;
import nl.cultuurschakel.binnenbuiten.shared.export.ExportColumns;
import nl.cultuurschakel.binnenbuiten.shared.export.SheetWriter;
import nl.cultuurschakel.binnenbuiten.shared.export.Spreadsheet;

import org.springframework.context.MessageSource;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Exports exactly the contact moments that the list's filters select, in the list's
 * order, streamed from the database: CSV and XLSX with the same columns. Notes are not
 * exported.
 */
@Service
@Transactional(readOnly = true)
@RequiredArgsConstructor
public class ContactExport {

	private final ContactSearch search;

	private final AccountService accounts;

	private final PartnerService partners;

	private final NeighbourhoodService neighbourhoods;

	private final MessageSource messages;

	/**
	 * @param sort the list's order (properties of {@link ContactService#SORTABLE})
	 */
	public void writeCsv(ContactFilter filter, Sort sort, Locale locale, OutputStream out) {
		Function<String, String> text = (key) -> this.messages.getMessage(key, null, key, locale);
		ExportColumns<ContactRow> columns = columns(text);
		CsvWriter csv = CsvWriter.to(out);
		csv.row(columns.headers(text));
		this.search.stream(filter, sort, (row) -> csv.row(columns.values(row)));
		csv.flush();
	}

	/**
	 * @param sort the list's order (properties of {@link ContactService#SORTABLE})
	 */
	public void writeXlsx(ContactFilter filter, Sort sort, Locale locale, OutputStream out) {
		try (Spreadsheet workbook = new Spreadsheet(this.messages, locale)) {
			ExportColumns<ContactRow> columns = columns(workbook::text);
			SheetWriter sheet = workbook.sheet("contact.export.sheet", columns.headers(workbook::text));
			this.search.stream(filter, sort, (row) -> sheet.row(columns.values(row)));
			workbook.write(out);
		}
	}

	/**
	 * Looks up the names of advisors, partners and neighbourhoods once (small tables), so
	 * the rows can stream without a query each.
	 */
	private ExportColumns<ContactRow> columns(Function<String, String> text) {
		Map<Long, String> advisors = this.accounts.allDisplayNames();
		Map<Long, String> partnerNames = this.partners.allNames();
		Map<Long, String> neighbourhoodNames = this.neighbourhoods.allNames();
		return new ExportColumns<ContactRow>().add("contact.date", ContactRow::date)
			.add("contact.advisor", (row) -> advisors.get(row.advisorId()))
			.add("contact.counterpart", (row) -> partnerNames.get(row.counterpartId()))
			.add("contact.domain", (row) -> text.apply("partner.domain." + row.counterpartDomain()))
			.add("contact.neighbourhood", (row) -> neighbourhoodNames.get(row.neighbourhoodId()))
			.add("contact.kind", (row) -> text.apply("contact.kind." + row.kind()))
			.add("contact.subject", ContactRow::subject)
			.add("contact.followUp", ContactRow::followUp)
			.add("contact.followUpDue", ContactRow::followUpDue)
			.add("contact.followUpDone", (row) -> (row.followUp() != null)
					? text.apply(row.followUpDone() ? "list.filter.yes" : "list.filter.no") : null);
	}

}
