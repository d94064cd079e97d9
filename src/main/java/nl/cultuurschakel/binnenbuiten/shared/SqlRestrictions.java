package nl.cultuurschakel.binnenbuiten.shared;

import java.time.LocalDate;
import java.util.Collection;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;

/**
 * The optional "one of these" restriction of the figures that stay in plain SQL (grouped
 * counts the {@link Specifications} cannot express), without a sentinel id; and the
 * parameters every such figure takes: a period and optionally some neighbourhoods.
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

	/**
	 * {@link #andIn} for the neighbourhoods of {@link #period}.
	 */
	public static String andInNeighbourhoods(String column, Collection<Long> neighbourhoodIds) {
		return andIn(column, "neighbourhoods", neighbourhoodIds);
	}

	/**
	 * An {@code and} clause keeping the days of the column within the period, either end
	 * open, whose ends it adds to the parameters as {@code :from} and {@code :to}.
	 */
	public static String andWithin(String column, Period period, MapSqlParameterSource params) {
		params.addValue("from", period.from()).addValue("to", period.to());
		return ((period.from() != null) ? " and " + column + " >= :from" : "")
				+ ((period.to() != null) ? " and " + column + " <= :to" : "");
	}

	/**
	 * The parameters of a figure: the period as {@code :from} and {@code :to} (both
	 * inclusive) and the neighbourhoods, {@code null} for all, as
	 * {@code :neighbourhoods}.
	 */
	public static MapSqlParameterSource period(LocalDate from, LocalDate to, Collection<Long> neighbourhoodIds) {
		return new MapSqlParameterSource().addValue("from", from)
			.addValue("to", to)
			.addValue("neighbourhoods", neighbourhoodIds);
	}

}
