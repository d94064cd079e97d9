package nl.cultuurschakel.binnenbuiten.shared.export;

import java.nio.charset.StandardCharsets;
import java.util.Locale;

import org.junit.jupiter.api.Test;

import org.springframework.context.support.StaticMessageSource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * File names in the user's language, safe in the header whatever their characters.
 */
class DownloadTests {

	@Test
	void plainNamesAreGivenAsTheyAre() {
		ResponseEntity<byte[]> download = Download.attachment("contactmomenten-2026-12-01.csv", Download.CSV,
				new byte[0]);
		assertThat(download.getHeaders().getFirst(HttpHeaders.CONTENT_DISPOSITION))
			.isEqualTo("attachment; filename=\"contactmomenten-2026-12-01.csv\"");
		assertThat(download.getHeaders().getContentType()).isEqualTo(Download.CSV);
	}

	@Test
	void otherNamesGetAnAsciiFallbackAndTheExactUtf8Name() {
		String header = Download.contentDisposition("ideeën-workshop \"één\".pdf");
		assertThat(header).isEqualTo("attachment; filename=\"ideeen-workshop _een_.pdf\"; "
				+ "filename*=UTF-8''idee%C3%ABn-workshop%20%22%C3%A9%C3%A9n%22.pdf");
		assertThat(header.chars()).allMatch((c) -> c >= 0x20 && c < 0x7F);
		ContentDisposition parsed = ContentDisposition.parse(header);
		assertThat(parsed.getFilename()).isEqualTo("ideeën-workshop \"één\".pdf");
		assertThat(parsed.getCharset()).isEqualTo(StandardCharsets.UTF_8);
	}

	@Test
	void headerBreaksCannotBeSmuggledIn() {
		assertThat(Download.contentDisposition("a\r\nSet-Cookie: x.csv")).doesNotContain("\r", "\n");
	}

	@Test
	void namesComeFromTheMessagesOfTheLanguageWithTheArgumentAsText() {
		StaticMessageSource messages = new StaticMessageSource();
		messages.addMessage("report.export.filename", Locale.forLanguageTag("nl"), "impactrapportage-{0}");
		messages.addMessage("report.export.filename", Locale.ENGLISH, "impact-report-{0}");
		assertThat(Download.filename(messages, Locale.forLanguageTag("nl"), "report.export.filename", "2026", "pdf"))
			.isEqualTo("impactrapportage-2026.pdf");
		assertThat(Download.filename(messages, Locale.ENGLISH, "report.export.filename", "2026", "xlsx"))
			.isEqualTo("impact-report-2026.xlsx");
	}

}
