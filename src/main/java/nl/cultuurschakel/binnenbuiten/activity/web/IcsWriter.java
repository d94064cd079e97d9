package nl.cultuurschakel.binnenbuiten.activity.web;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;

import nl.cultuurschakel.binnenbuiten.activity.ActivityListItem;
import nl.cultuurschakel.binnenbuiten.activity.ActivityRow;
import nl.cultuurschakel.binnenbuiten.activity.ActivityStatus;

/**
 * Activities as an iCalendar file (RFC 5545): one VEVENT per activity, times in UTC
 * (converted from Den Haag time), text escaped, lines folded at 75 octets, CRLF line
 * ends.
 */
final class IcsWriter {

	static final ZoneId DEN_HAAG = ZoneId.of("Europe/Amsterdam");

	private static final DateTimeFormatter UTC = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'")
		.withZone(ZoneOffset.UTC);

	private static final int MAX_OCTETS = 75;

	private IcsWriter() {
	}

	static String write(List<ActivityListItem> items, Instant now, String host) {
		StringBuilder ics = new StringBuilder();
		line(ics, "BEGIN:VCALENDAR");
		line(ics, "VERSION:2.0");
		line(ics, "PRODID:-//CultuurSchakel Den Haag//BinnenBuiten//NL");
		line(ics, "CALSCALE:GREGORIAN");
		line(ics, "METHOD:PUBLISH");
		for (ActivityListItem item : items) {
			ActivityRow row = item.row();
			line(ics, "BEGIN:VEVENT");
			line(ics, "UID:activity-" + row.id() + "@" + host);
			line(ics, "DTSTAMP:" + UTC.format(now));
			line(ics, "DTSTART:" + UTC.format(row.date().atTime(row.startTime()).atZone(DEN_HAAG)));
			line(ics, "DTEND:" + UTC.format(row.date().atTime(row.endTime()).atZone(DEN_HAAG)));
			line(ics, "SUMMARY:" + escape(row.title()));
			if (row.description() != null) {
				line(ics, "DESCRIPTION:" + escape(row.description()));
			}
			if (item.location() != null) {
				line(ics, "LOCATION:" + escape(item.location()));
			}
			line(ics, "STATUS:" + ((row.status() == ActivityStatus.CANCELLED) ? "CANCELLED" : "CONFIRMED"));
			line(ics, "END:VEVENT");
		}
		line(ics, "END:VCALENDAR");
		return ics.toString();
	}

	/**
	 * Escapes TEXT values: backslash, semicolon, comma and line breaks (RFC 5545 3.3.11).
	 */
	static String escape(String text) {
		return text.replace("\\", "\\\\")
			.replace(";", "\\;")
			.replace(",", "\\,")
			.replace("\r\n", "\\n")
			.replace("\n", "\\n")
			.replace("\r", "\\n");
	}

	/**
	 * Writes one content line, folded so no physical line exceeds 75 octets; a fold never
	 * splits a UTF-8 character (RFC 5545 3.1).
	 */
	static void line(StringBuilder out, String content) {
		int octets = 0;
		int limit = MAX_OCTETS;
		for (int i = 0; i < content.length();) {
			int codePoint = content.codePointAt(i);
			int size = new String(Character.toChars(codePoint)).getBytes(StandardCharsets.UTF_8).length;
			if (octets + size > limit) {
				out.append("\r\n ");
				octets = 0;
				limit = MAX_OCTETS - 1;
			}
			out.appendCodePoint(codePoint);
			octets += size;
			i += Character.charCount(codePoint);
		}
		out.append("\r\n");
	}

}
