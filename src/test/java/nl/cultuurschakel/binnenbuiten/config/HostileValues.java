package nl.cultuurschakel.binnenbuiten.config;

import java.util.ArrayList;
import java.util.List;

/**
 * The bad values {@link HostileInputTests} sends, per kind of field. Every field gets the
 * values that fit no field (empty, 10,000 characters, markup); each kind adds what goes
 * wrong with it. For text, the last value is {@link #STORED_TEXT}: a form that accepts it
 * keeps it, so the pages and exports show it afterwards.
 */
final class HostileValues {

	/** Markup that must reach every page as text, never as an element. */
	static final String MARKUP = "<script>alert(1)</script>";

	/**
	 * Valid text in most fields, but hostile everywhere it is shown: a spreadsheet
	 * formula at its start, markup, an emoji and right-to-left text.
	 */
	static final String STORED_TEXT = "=1+2 " + MARKUP
			+ "<b>vet</b> \uD83C\uDFA8 \u05E9\u05DC\u05D5\u05DD \u0645\u0631\u062D\u0628\u0627";

	/** Longer than any field takes: 10,001 characters. */
	static final String LONG = "Lang ".repeat(2000) + "!";

	/** An id of no record. */
	static final String NO_RECORD = "999999999";

	private HostileValues() {
	}

	/** The kind of a field, from its input type or the type it binds to. */
	enum Kind {

		TEXT, DATE, TIME, NUMBER, CHOICE, FLAG, HIDDEN

	}

	/**
	 * The values for one field, most telling last; {@code otherRecord} is the id of a
	 * record the form does not expect (another organisation's).
	 */
	static List<String> forField(Kind kind, String otherRecord) {
		List<String> values = new ArrayList<>(List.of("", " \t ", LONG));
		switch (kind) {
			case TEXT -> values.addAll(List.of("'; drop table partner; --", "\u202Eevil\u202C \uD83D\uDE00"));
			case DATE -> values.addAll(List.of("2024-02-30", "gisteren", "-1", "99999-12-31"));
			case TIME -> values.addAll(List.of("25:61", "nu"));
			case NUMBER -> values.addAll(List.of("-1", "99999999999999999999", "abc", "1e999"));
			case CHOICE, HIDDEN -> values.addAll(List.of("0", "-1", NO_RECORD, "abc", "ONBEKEND", otherRecord));
			case FLAG -> values.addAll(List.of("misschien", "ONBEKEND"));
		}
		values.add((kind == Kind.TEXT) ? STORED_TEXT : MARKUP);
		return values;
	}

	/**
	 * The values that only do harm when the rest of the form is valid, so each is sent in
	 * one field alone.
	 */
	static List<String> alone(Kind kind) {
		return switch (kind) {
			case TEXT -> List.of(LONG, STORED_TEXT);
			case CHOICE, HIDDEN -> List.of(NO_RECORD);
			default -> List.of();
		};
	}

}
