package nl.cultuurschakel.binnenbuiten.shared.search;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/**
 * What a user typed in the search box, trimmed.
 *
 * @param text the text, never {@code null}
 */
public record SearchTerms(String text) {

	/** The longest text the box accepts. */
	public static final int MAX_LENGTH = 100;

	/** The shortest text worth searching for: two keystrokes. */
	public static final int MIN_LENGTH = 2;

	/**
	 * Words beyond these are ignored by the full-text part (the trigram part sees all).
	 */
	private static final int MAX_WORDS = 8;

	public SearchTerms {
		text = (text != null) ? text.strip() : "";
	}

	public boolean isSearchable() {
		return this.text.length() >= MIN_LENGTH && this.text.length() <= MAX_LENGTH;
	}

	public boolean isTooLong() {
		return this.text.length() > MAX_LENGTH;
	}

	/**
	 * The words as a PostgreSQL {@code tsquery} in which every word may be the start of a
	 * longer one ({@code 'bibl':* & 'zuid':*}); only letters and digits are kept, so the
	 * text can never break the query's syntax. Empty when there are no words.
	 */
	public String prefixQuery() {
		return words().stream().map((word) -> "'" + word + "':*").collect(Collectors.joining(" & "));
	}

	/**
	 * The words: letters and digits, at most {@link #MAX_WORDS}.
	 */
	public List<String> words() {
		return Arrays.stream(this.text.split("[^\\p{L}\\p{N}]+"))
			.filter((word) -> !word.isEmpty())
			.limit(MAX_WORDS)
			.toList();
	}

	/**
	 * The text for a SQL {@code like}, with its wildcards escaped.
	 */
	public String likeText() {
		return this.text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
	}

}
