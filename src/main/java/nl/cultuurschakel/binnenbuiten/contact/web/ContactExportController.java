package nl.cultuurschakel.binnenbuiten.contact.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Locale;

import nl.cultuurschakel.binnenbuiten.contact.ContactExport;
import nl.cultuurschakel.binnenbuiten.contact.ContactFilter;
import nl.cultuurschakel.binnenbuiten.contact.ContactService;
import nl.cultuurschakel.binnenbuiten.shared.export.Download;
import nl.cultuurschakel.binnenbuiten.shared.web.SortGuard;

import org.springframework.context.MessageSource;
import org.springframework.data.domain.PageRequest;
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
class ContactExportController {

	private static final Sort NEWEST_FIRST = Sort.by(Sort.Direction.DESC, "date");

	private final ContactExport export;

	private final MessageSource messages;

	private final Clock clock;

	ContactExportController(ContactExport export, MessageSource messages, Clock clock) {
		this.export = export;
		this.messages = messages;
		this.clock = clock;
	}

	@GetMapping("/export.csv")
	ResponseEntity<StreamingResponseBody> csv(@ModelAttribute ContactListFilter filter,
			@SortDefault(sort = "date", direction = Sort.Direction.DESC) Sort sort, Locale locale) {
		Sort order = listOrder(sort);
		ContactFilter criteria = filter.toFilter();
		return download("csv", Download.CSV, locale, (out) -> this.export.writeCsv(criteria, order, locale, out));
	}

	@GetMapping("/export.xlsx")
	ResponseEntity<StreamingResponseBody> xlsx(@ModelAttribute ContactListFilter filter,
			@SortDefault(sort = "date", direction = Sort.Direction.DESC) Sort sort, Locale locale) {
		Sort order = listOrder(sort);
		ContactFilter criteria = filter.toFilter();
		return download("xlsx", Download.XLSX, locale, (out) -> this.export.writeXlsx(criteria, order, locale, out));
	}

	/** The list's order: only the sort properties the list offers. */
	private static Sort listOrder(Sort sort) {
		return SortGuard.allow(PageRequest.of(0, 1, sort), ContactService.SORTABLE, NEWEST_FIRST).getSort();
	}

	private ResponseEntity<StreamingResponseBody> download(String extension, MediaType type, Locale locale,
			StreamingResponseBody body) {
		String filename = Download.filename(this.messages, locale, "contact.export.filename",
				LocalDate.now(this.clock).toString(), extension);
		return Download.attachment(filename, type, body);
	}

}
