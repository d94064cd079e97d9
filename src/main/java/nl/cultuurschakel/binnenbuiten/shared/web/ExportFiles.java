package nl.cultuurschakel.binnenbuiten.shared.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Locale;

import lombok.RequiredArgsConstructor;
import nl.cultuurschakel.binnenbuiten.shared.export.Download;
import nl.cultuurschakel.binnenbuiten.shared.export.Spreadsheet;

import org.springframework.context.MessageSource;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;

/**
 * What a download handler answers with: the file, named in the user's language after a
 * message key and a day, mostly today's ({@code contact.export.filename =
 * contactmomenten-{0}} gives {@code contactmomenten-2026-03-14.csv}), and the texts of
 * its headers and cells, also in a spreadsheet.
 */
@Component
@RequiredArgsConstructor
public class ExportFiles {

	private final MessageSource messages;

	private final Clock clock;

	/**
	 * The download of today's export.
	 * @param filenameKey the message key of the file name, with {@code {0}} for the day
	 * @param extension the file name's extension, such as {@code csv}
	 * @param type the file's media type
	 * @param locale the user's language
	 * @param body the file's content
	 */
	public <T> ResponseEntity<T> ofToday(String filenameKey, String extension, MediaType type, Locale locale, T body) {
		return of(filenameKey, LocalDate.now(this.clock), extension, type, locale, body);
	}

	/**
	 * The download of a file about one day, such as a workshop's: as {@link #ofToday},
	 * with that day in the name.
	 */
	public <T> ResponseEntity<T> of(String filenameKey, LocalDate day, String extension, MediaType type, Locale locale,
			T body) {
		String name = Download.filename(this.messages, locale, filenameKey, day.toString(), extension);
		return Download.attachment(name, type, body);
	}

	/** A header or cell text: the message behind the key, or the key itself. */
	public String text(String key, Locale locale) {
		return this.messages.getMessage(key, null, key, locale);
	}

	/** A new workbook whose sheet names and headers are in the user's language. */
	public Spreadsheet spreadsheet(Locale locale) {
		return new Spreadsheet(this.messages, locale);
	}

}
