package nl.cultuurschakel.binnenbuiten.shared;

import java.util.Collection;

/**
 * The optional "one of these" restriction of the figures that stay in plain SQL (grouped
 * counts the {@link Specifications} cannot express), without a sentinel id.
 */
public final class SqlRestrictions {

	private SqlRestrictions() {
	}

	/**
	 * An {@code and} clause restricting the column to the named collection parameter:
	 * nothing when the values are {@code null} (no restriction), {@code and false} when
	 * there are none (SQL cannot say {@code in ()}; nothing matches).
	 */
	public static String andIn(String column, String parameter, Collection<?> values) {
		if (values == null) {
			return "";
		}
		return values.isEmpty() ? " and false" : " and " + column + " in (:" + parameter + ")";
	}

}
