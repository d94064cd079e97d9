package nl.cultuurschakel.binnenbuiten.shared.export;

import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * A file for the browser to save: its type and a file name in the user's language, given
 * in the {@code Content-Disposition} header so that any name is safe — a plain ASCII
 * {@code filename} for old clients and, when the name has other characters, the exact
 * UTF-8 name as {@code filename*} (RFC 6266, RFC 8187).
 */
public final class Download {

	public static final MediaType CSV = new MediaType("text", "csv", StandardCharsets.UTF_8);

	public static final MediaType XLSX = MediaType
		.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

	public static final MediaType ICS = new MediaType("text", "calendar", StandardCharsets.UTF_8);

	public static final MediaType PDF = MediaType.APPLICATION_PDF;

	/** Characters that RFC 8187 allows unencoded in an extended value (attr-char). */
	private static final String ATTR_CHARS = "!#$&+-.^_`|~";

	private Download() {
	}

	/**
	 * The file name behind a message key ({@code contact.export.filename =
	 * contactmomenten-{0}}) in the user's language, with the given part and extension.
	 * The part is inserted as text, so a year never becomes "2.026".
	 */
	public static String filename(MessageSource messages, Locale locale, String key, String part, String extension) {
		return messages.getMessage(key, new Object[] { part }, locale) + "." + extension;
	}

	public static <T> ResponseEntity<T> attachment(String filename, MediaType type, T body) {
		return ResponseEntity.ok()
			.contentType(type)
			.header(HttpHeaders.CONTENT_DISPOSITION, contentDisposition(filename))
			.body(body);
	}

	/**
	 * {@code attachment; filename="ideeen.pdf"; filename*=UTF-8''idee%C3%ABn.pdf}, or
	 * only {@code filename} when the name is plain ASCII.
	 */
	static String contentDisposition(String filename) {
		String fallback = ascii(filename);
		String header = ContentDisposition.attachment().filename(fallback).build().toString();
		return fallback.equals(filename) ? header : header + "; filename*=UTF-8''" + encode(filename);
	}

	/** The name without diacritics; any other character outside printable ASCII as _. */
	static String ascii(String filename) {
		String plain = Normalizer.normalize(filename, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
		return plain.replaceAll("[^\\x20-\\x7E]|[\"\\\\]", "_");
	}

	private static String encode(String filename) {
		StringBuilder out = new StringBuilder();
		for (byte b : filename.getBytes(StandardCharsets.UTF_8)) {
			char c = (char) (b & 0xFF);
			if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
					|| ATTR_CHARS.indexOf(c) >= 0) {
				out.append(c);
			}
			else {
				out.append(String.format(Locale.ROOT, "%%%02X", (int) c));
			}
		}
		return out.toString();
	}

}
