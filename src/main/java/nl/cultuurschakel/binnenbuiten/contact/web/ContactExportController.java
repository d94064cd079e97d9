package nl.cultuurschakel.binnenbuiten.contact.web;

import java.time.Clock;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Locale;

import nl.cultuurschakel.binnenbuiten.contact.ContactExport;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

/**
 * Downloads of the filtered contact list; the same filter parameters as the list page.
 */
@Controller
@RequestMapping("/contacts")
class ContactExportController {

	static final MediaType XLSX = MediaType
		.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

	private final ContactExport export;

	private final Clock clock;

	ContactExportController(ContactExport export, Clock clock) {
		this.export = export;
		this.clock = clock;
	}

	@GetMapping("/export.csv")
	ResponseEntity<StreamingResponseBody> csv(@ModelAttribute ContactListFilter filter, Locale locale) {
		return download("csv", new MediaType("text", "csv", StandardCharsets.UTF_8),
				(out) -> this.export.writeCsv(filter.toFilter(), locale, out));
	}

	@GetMapping("/export.xlsx")
	ResponseEntity<StreamingResponseBody> xlsx(@ModelAttribute ContactListFilter filter, Locale locale) {
		return download("xlsx", XLSX, (out) -> this.export.writeXlsx(filter.toFilter(), locale, out));
	}

	private ResponseEntity<StreamingResponseBody> download(String extension, MediaType type,
			StreamingResponseBody body) {
		String filename = "contactmomenten-" + LocalDate.now(this.clock) + "." + extension;
		return ResponseEntity.ok()
			.contentType(type)
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename(filename).build().toString())
			.body(body);
	}

}
