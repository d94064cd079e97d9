package nl.cultuurschakel.binnenbuiten.shared.web;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Locale;

import nl.cultuurschakel.binnenbuiten.shared.export.Download;
import org.junit.jupiter.api.Test;

import org.springframework.context.support.StaticMessageSource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Export files are named in the user's language after today's date (in the app's time
 * zone), and their texts fall back to the key.
 */
class ExportFilesTests {

	private static final Locale DUTCH = Locale.forLanguageTag("nl");

	private final StaticMessageSource messages = new StaticMessageSource();

	// 23:30 UTC on 31 December is already 1 January in Amsterdam.
	private final ExportFiles files = new ExportFiles(this.messages,
			Clock.fixed(Instant.parse("2026-12-31T23:30:00Z"), ZoneId.of("Europe/Amsterdam")));

	@Test
	void todaysExportIsNamedAfterTheMessageAndTheDayInTheAppsZone() {
		this.messages.addMessage("contact.export.filename", DUTCH, "contactmomenten-{0}");
		this.messages.addMessage("contact.export.filename", Locale.ENGLISH, "contacts-{0}");
		ResponseEntity<byte[]> dutch = this.files.ofToday("contact.export.filename", "csv", Download.CSV, DUTCH,
				new byte[] { 1 });
		ResponseEntity<byte[]> english = this.files.ofToday("contact.export.filename", "xlsx", Download.XLSX,
				Locale.ENGLISH, new byte[0]);
		assertThat(dutch.getHeaders().getFirst(HttpHeaders.CONTENT_DISPOSITION))
			.isEqualTo("attachment; filename=\"contactmomenten-2027-01-01.csv\"");
		assertThat(dutch.getHeaders().getContentType()).isEqualTo(Download.CSV);
		assertThat(dutch.getBody()).containsExactly(1);
		assertThat(english.getHeaders().getFirst(HttpHeaders.CONTENT_DISPOSITION))
			.isEqualTo("attachment; filename=\"contacts-2027-01-01.xlsx\"");
	}

	@Test
	void aTextWithoutMessageIsItsKey() {
		this.messages.addMessage("grant.status.AWARDED", DUTCH, "Toegekend");
		assertThat(this.files.text("grant.status.AWARDED", DUTCH)).isEqualTo("Toegekend");
		assertThat(this.files.text("grant.status.UNHEARD_OF", DUTCH)).isEqualTo("grant.status.UNHEARD_OF");
	}

	@Test
	void aFileAboutOneDayIsNamedAfterThatDay() {
		this.messages.addMessage("idea.outcome.filename", DUTCH, "ideeën-workshop-{0}");
		ResponseEntity<byte[]> pdf = this.files.of("idea.outcome.filename", LocalDate.of(2026, 3, 14), "pdf",
				Download.PDF, DUTCH, new byte[0]);
		assertThat(ContentDisposition.parse(pdf.getHeaders().getFirst(HttpHeaders.CONTENT_DISPOSITION)).getFilename())
			.isEqualTo("ideeën-workshop-2026-03-14.pdf");
	}

}
