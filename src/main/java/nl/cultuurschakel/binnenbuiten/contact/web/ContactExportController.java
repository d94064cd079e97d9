package nl.cultuurschakel.binnenbuiten.contact.web;

import java.io.OutputStream;
import java.util.Locale;

import lombok.RequiredArgsConstructor;
import nl.cultuurschakel.binnenbuiten.contact.ContactExport;
import nl.cultuurschakel.binnenbuiten.contact.ContactFilter;
import nl.cultuurschakel.binnenbuiten.contact.ContactService;
import nl.cultuurschakel.binnenbuiten.shared.export.Download;
import nl.cultuurschakel.binnenbuiten.shared.web.ExportFiles;
import nl.cultuurschakel.binnenbuiten.shared.web.SortGuard;

import org.springframework.data.domain.Sort;
import org.springframework.data.web.SortDefault;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

/**
 * Downloads of the filtered contact list: the same filter and sort parameters as the list
 * page, so the file holds what the screen shows, in the same order (newest first unless
 * the list is sorted otherwise).
 */
@Controller
@RequestMapping("/contacts")
@RequiredArgsConstructor
class ContactExportController {

	private static final Sort NEWEST_FIRST = Sort.by(Sort.Direction.DESC, "date");

	private final ContactExport export;

	private final ExportFiles files;

	@GetMapping("/export.csv")
	ResponseEntity<StreamingResponseBody> csv(@ModelAttribute ContactListFilter filter,
			@SortDefault(sort = "date", direction = Sort.Direction.DESC) Sort sort, Locale locale) {
		return download(filter, sort, locale, "csv", Download.CSV, this.export::writeCsv);
	}

	@GetMapping("/export.xlsx")
	ResponseEntity<StreamingResponseBody> xlsx(@ModelAttribute ContactListFilter filter,
			@SortDefault(sort = "date", direction = Sort.Direction.DESC) Sort sort, Locale locale) {
		return download(filter, sort, locale, "xlsx", Download.XLSX, this.export::writeXlsx);
	}

	/**
	 * The file of the list as filtered, in the list's order: only the sort properties the
	 * list offers.
	 */
	private ResponseEntity<StreamingResponseBody> download(ContactListFilter filter, Sort sort, Locale locale,
			String extension, MediaType type, Writer writer) {
		Sort order = SortGuard.allow(sort, ContactService.SORTABLE, NEWEST_FIRST);
		ContactFilter criteria = filter.toFilter();
		return this.files.ofToday("contact.export.filename", extension, type, locale,
				(out) -> writer.write(criteria, order, locale, out));
	}

	/** One of {@link ContactExport}'s file formats. */
	@FunctionalInterface
	private interface Writer {

		void write(ContactFilter filter, Sort sort, Locale locale, OutputStream out);

	}

}
